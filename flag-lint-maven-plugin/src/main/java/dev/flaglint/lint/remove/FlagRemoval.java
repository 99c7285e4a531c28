package dev.flaglint.lint.remove;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import dev.flaglint.lint.FlagLinter;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.check.KeyPatterns;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.KeyResolution;
import dev.flaglint.lint.model.LintException;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.WrapperCandidate;
import dev.flaglint.lint.report.Plural;
import dev.flaglint.lint.source.ModulePaths;
import dev.flaglint.lint.source.Parallel;
import dev.flaglint.lint.source.SourceRoot;
import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code flag-lint:remove}, free of Maven: finds the flag's call sites with the check, rewrites them to the kept
 * value, simplifies what became constant, deletes what became dead (private members, locals, imports, the key's
 * constant or enum constant, Mockito stubs, test pins and tests of the removed value), deletes the flag from the
 * flags file, and writes it all (or, in a dry run, a patch). Then the check runs again. Everything it could not do
 * safely is a leftover, with its place and why. A new instance per run; it keeps nothing between runs.
 */
public final class FlagRemoval {

    public RemovalResult remove(RemovalRequest request) {
        return Parallel.onLargeStack("flag-lint-remove", () -> run(request));
    }

    private RemovalResult run(RemovalRequest r) {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
        String key = r.flag();
        List<LintResult> checks = r.modules().stream().map(m -> new FlagLinter().lint(m)).toList();
        LintRequest owner = r.modules().get(0);
        FlagsFile flagsFile = checks.get(0).flagsFile();
        Flag flag = flagsFile == null ? null : flagsFile.flag(key).orElse(null);

        Map<Path, List<CallSite>> sitesByFile = new LinkedHashMap<>();
        Map<String, CallSite> sitesByPlace = new HashMap<>();
        Map<Path, List<CallSite>> dynamic = new LinkedHashMap<>();
        Set<WrapperCandidate> wrappers = new LinkedHashSet<>();
        for (int i = 0; i < checks.size(); i++) {
            LintRequest module = r.modules().get(i);
            wrappers.addAll(checks.get(i).wrappers());
            for (CallSite site : checks.get(i).callSites()) {
                Path file = module.moduleDir().resolve(site.file()).toAbsolutePath().normalize();
                sitesByPlace.put(ValueReturns.place(file, site.line(), site.column()), site);
                if (key.equals(site.key())) {
                    sitesByFile.computeIfAbsent(file, f -> new ArrayList<>()).add(site);
                } else if (site.isDynamic() && !site.suppresses(RuleId.DYNAMIC_KEY)
                        && (site.pattern() == null || KeyPatterns.matches(site.pattern(), key))) {
                    dynamic.computeIfAbsent(file, f -> new ArrayList<>()).add(site);
                }
            }
        }
        if (sitesByFile.isEmpty() && flag == null) {
            throw new LintException("flag '" + key + "' is neither evaluated in " + String.join(", ",
                    r.modules().stream().map(LintRequest::module).toList()) + " nor declared in "
                    + (owner.flagsFile() == null ? "a flags file" : ModulePaths.relative(r.base(), owner.flagsFile()))
                    + "; check its spelling");
        }
        KeptValue kept = KeptValue.of(key, flag, r.value());

        // The modules' own roots and those they read (the modules they depend on hold key constants and enums).
        List<SourceRoot> roots = r.modules().stream().flatMap(m -> Stream.concat(m.sourceRoots().stream(),
                m.reactorSourceRoots().stream())).distinct().toList();
        Workspace workspace = new Workspace(r.base(), roots, r.usageRoots());
        List<Path> lookup = roots.stream().map(SourceRoot::directory).distinct().toList();
        ValueReturns returns = new ValueReturns(List.copyOf(wrappers), sitesByPlace, lookup,
                path -> JavaFile.parse(parser, workspace.text(path)));
        Set<String> keyNames = keyNames(sitesByFile.values());
        TestMethods tests = new TestMethods();
        FileRewrite rewrite = new FileRewrite(parser, new CallSiteRewrite(kept, returns, tests),
                new TestPins(key, kept, keyNames, tests));

        Set<Path> targets = new LinkedHashSet<>(sitesByFile.keySet());
        for (Path path : workspace.rewritable()) {
            String text = workspace.text(path);
            if (TestPins.mayPin(text) && (text.contains(key) || keyNames.stream().anyMatch(text::contains))) {
                targets.add(path);
            }
        }
        dynamic.forEach((path, sites) -> sites.forEach(s -> workspace.file(path).leftover(s.line(), s.column(),
                LeftoverReason.DYNAMIC_KEY, s.expression())));
        for (Path path : targets) {
            rewrite.rewrite(workspace.file(path), sitesByFile.getOrDefault(path, List.of()));
        }
        new KeyDeclarations(key, parser).remove(workspace, keyNames);
        DeadCode dead = new DeadCode(parser);
        workspace.loaded().stream().filter(JavaFile::changed).forEach(dead::remove);
        keyInStrings(workspace, key);

        List<Leftover> leftovers = new ArrayList<>();
        for (JavaFile f : workspace.loaded()) {
            leftovers.addAll(f.leftovers(r.dryRun()));
        }
        long evaluating = leftovers.stream().filter(l -> l.reason().evaluates()).count();
        Optional<FlagsFileChange> flagsChange = evaluating > 0
                ? stillDeclared(owner.flagsFile(), flag, r.base(), evaluating, leftovers)
                : flagsFile(owner.flagsFile(), flag, r.base(), leftovers);
        List<JavaFile> changed = workspace.loaded().stream().filter(JavaFile::changed)
                .sorted(Comparator.comparing(JavaFile::display)).toList();
        leftovers.sort(Comparator.comparing(Leftover::file).thenComparingInt(Leftover::line)
                .thenComparingInt(Leftover::column));
        List<RemovedTest> removedTests = changed.stream().flatMap(f -> f.removedTests().stream()).toList();

        List<RemovalResult.FileChange> changes = new ArrayList<>();
        StringBuilder patch = new StringBuilder();
        for (JavaFile f : changed) {
            changes.add(change(f.path(), f.display(), f.originalContent(), f.content()));
            patch.append(UnifiedDiff.of(f.display(), f.originalContent(), f.content()));
        }
        flagsChange.ifPresent(c -> {
            changes.add(change(c.path(), c.display(), c.before(), c.after()));
            patch.append(UnifiedDiff.of(c.display(), c.before(), c.after()));
        });
        changes.sort(Comparator.comparing(RemovalResult.FileChange::display));
        int callSites = sitesByFile.values().stream().mapToInt(List::size).sum();
        if (r.dryRun()) {
            write(r.patch(), patch.toString());
            return new RemovalResult(key, kept, callSites, changes, removedTests, leftovers, r.patch(), List.of());
        }
        for (JavaFile f : changed) {
            write(f.path(), f.content());
        }
        flagsChange.ifPresent(c -> write(c.path(), c.after()));
        List<RemovalResult.ModuleCheck> after = r.modules().stream()
                .map(m -> new RemovalResult.ModuleCheck(m, new FlagLinter().lint(m))).toList();
        return new RemovalResult(key, kept, callSites, changes, removedTests, leftovers, null, after);
    }

    /** The names of the constants and enum constants the call sites name the flag by. */
    private static Set<String> keyNames(java.util.Collection<List<CallSite>> sites) {
        Set<String> names = new TreeSet<>();
        sites.forEach(list -> list.stream().filter(s -> s.resolution() == KeyResolution.CONSTANT
                        || s.resolution() == KeyResolution.ENUM_NAME || s.resolution() == KeyResolution.ENUM_ARGUMENT)
                .map(s -> s.expression().substring(s.expression().lastIndexOf('.') + 1).strip())
                .filter(n -> !n.isEmpty() && n.chars().allMatch(Character::isJavaIdentifierPart))
                .forEach(names::add));
        return names;
    }

    /** Strings that still hold the key, in the files that may be rewritten. */
    private static void keyInStrings(Workspace workspace, String key) {
        for (Path path : workspace.rewritable()) {
            String source = workspace.text(path);
            if (!source.contains(key)) {
                continue;
            }
            JavaFile file = workspace.file(path);
            SourceText text = new SourceText(file.text());
            Set<Integer> leftLines = new java.util.HashSet<>();
            file.leftovers(false).forEach(l -> leftLines.add(l.line())); // marks hold no line breaks: same lines
            for (Identifiers.Token t : Identifiers.of(text.text())) {
                if (t.string() && holdsKey(t.text(), key)) {
                    int[] at = text.position(t.offset());
                    if (leftLines.add(at[0])) {
                        file.leftover(at[0], at[1], LeftoverReason.KEY_IN_STRING, "\"" + t.text() + "\"");
                    }
                }
            }
        }
    }

    private static boolean holdsKey(String string, String key) {
        int at = string.indexOf(key);
        while (at >= 0) {
            boolean start = at == 0 || !keyChar(string.charAt(at - 1));
            int end = at + key.length();
            if (start && (end == string.length() || !keyChar(string.charAt(end)))) {
                return true;
            }
            at = string.indexOf(key, at + 1);
        }
        return false;
    }

    private static boolean keyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }

    private record FlagsFileChange(Path path, String display, String before, String after) {
    }

    /** The flags file is not changed while code left as it is still evaluates the flag: it says so. */
    private static Optional<FlagsFileChange> stillDeclared(Path path, Flag flag, Path base, long evaluating,
                                                           List<Leftover> leftovers) {
        if (path != null && flag != null) {
            leftovers.add(new Leftover(ModulePaths.relative(base, path), flag.position().line(),
                    flag.position().column(), LeftoverReason.STILL_DECLARED, Plural.of(evaluating, "place")));
        }
        return Optional.empty();
    }

    private static Optional<FlagsFileChange> flagsFile(Path path, Flag flag, Path base, List<Leftover> leftovers) {
        if (path == null || flag == null) {
            return Optional.empty();
        }
        String display = ModulePaths.relative(base, path);
        String before = new String(bytes(path), StandardCharsets.UTF_8);
        StringBuilder why = new StringBuilder();
        Optional<String> after = FlagsFileEdit.without(path.getFileName().toString(), before, flag, why);
        if (after.isEmpty()) {
            leftovers.add(new Leftover(display, flag.position().line(), flag.position().column(),
                    LeftoverReason.FLAGS_FILE, why.toString()));
            return Optional.empty();
        }
        return Optional.of(new FlagsFileChange(path, display, before, after.get()));
    }

    private static RemovalResult.FileChange change(Path path, String display, String before, String after) {
        int[] counts = UnifiedDiff.counts(before, after);
        return new RemovalResult.FileChange(path, display, counts[0], counts[1]);
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static void write(Path path, String content) {
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** The rewrite of one file: its call sites and test pins, then simplification and dead code. */
    private static final class FileRewrite {

        private final JavaParser parser;
        private final CallSiteRewrite calls;
        private final TestPins pins;
        private final Simplifier simplifier;
        private final DeadCode dead;

        FileRewrite(JavaParser parser, CallSiteRewrite calls, TestPins pins) {
            this.parser = parser;
            this.calls = calls;
            this.pins = pins;
            this.simplifier = new Simplifier(parser);
            this.dead = new DeadCode(parser);
        }

        void rewrite(JavaFile file, List<CallSite> sites) {
            if (!file.editable()) {
                sites.forEach(s -> file.leftover(s.line(), s.column(), LeftoverReason.NOT_PARSED,
                        "the file is not valid UTF-8"));
                return;
            }
            Optional<CompilationUnit> unit = file.parse(parser);
            if (unit.isEmpty()) {
                sites.forEach(s -> file.leftover(s.line(), s.column(), LeftoverReason.NOT_PARSED,
                        "the file does not parse"));
                return;
            }
            SourceText text = new SourceText(file.text());
            Set<String> imports = new TreeSet<>();
            List<Edit> edits = new ArrayList<>(calls.edits(file, unit.get(), text, sites));
            if (TestPins.mayPin(file.text())) {
                edits.addAll(pins.edits(file, unit.get(), text, imports));
            }
            edits.sort(Comparator.comparingInt((Edit e) -> e.end() - e.begin()).reversed());
            file.apply(edits); // a leftover inside a deleted test goes with it
            if (!imports.isEmpty()) {
                file.parse(parser).ifPresent(u -> file.apply(Imports.add(u, new SourceText(file.text()), imports)));
            }
            simplifier.simplify(file);
            dead.remove(file);
        }
    }
}
