package dev.flaglint.lint.remove;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Imports a rewrite needs added, and those it left unused. */
final class Imports {

    private Imports() {
    }

    /**
     * Edits adding the imports of {@code names} the file lacks, each after the import that sorts just before it
     * (before the first one, or after the package declaration, when none does).
     */
    static List<Edit> add(CompilationUnit unit, SourceText text, Set<String> names) {
        Map<Integer, StringBuilder> inserts = new LinkedHashMap<>();
        List<ImportDeclaration> imports = unit.getImports();
        for (String name : new TreeSet<>(names)) {
            String pkg = name.substring(0, name.lastIndexOf('.'));
            boolean present = imports.stream().anyMatch(i -> !i.isStatic() && (i.getNameAsString().equals(name)
                    || i.isAsterisk() && i.getNameAsString().equals(pkg)));
            if (present || pkg.equals(unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse(""))) {
                continue;
            }
            ImportDeclaration before = null;
            for (ImportDeclaration i : imports) {
                if (!i.isStatic() && i.getNameAsString().compareTo(name) < 0) {
                    before = i;
                }
            }
            int at;
            String line = "import " + name + ";" + text.lineBreak();
            if (before != null) {
                at = text.nextLineStart(text.end(before) - 1);
            } else if (!imports.isEmpty()) {
                at = text.lineStart(text.begin(imports.get(0)));
            } else if (unit.getPackageDeclaration().isPresent()) {
                at = text.nextLineStart(text.end(unit.getPackageDeclaration().get()) - 1);
                line = text.lineBreak() + line;
            } else {
                at = 0;
            }
            inserts.computeIfAbsent(at, k -> new StringBuilder()).append(line);
        }
        List<Edit> edits = new ArrayList<>();
        inserts.forEach((at, lines) -> edits.add(new Edit(at, at, lines.toString())));
        return edits;
    }

    /** Edits deleting single-name imports whose name the original text used and the current text no longer does. */
    static List<Edit> unused(CompilationUnit unit, SourceText text, String original) {
        List<Edit> edits = new ArrayList<>();
        for (ImportDeclaration i : unit.getImports()) {
            if (i.isAsterisk()) {
                continue;
            }
            String simple = i.getName().getIdentifier();
            if (Identifiers.uses(text.text(), simple) == 0 && Identifiers.uses(original, simple) > 0) {
                edits.add(text.deletion(i));
            }
        }
        return edits;
    }
}
