package dev.flaglint.lint.remove;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.WhileStmt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Simplifies what the removal made constant, to a fixed point: {@code !true}, {@code true && x},
 * {@code false || x}, ternaries, {@code "a".equals("b")}; {@code if (true) A else B} becomes A inlined in its block
 * (kept in a block when a name would clash), {@code if (false) A} goes, {@code while (false)} goes, statements after
 * a now-unconditional {@code return}/{@code throw} go; a local holding the constant is inlined, and a private
 * method returning it is inlined at its calls. Only marked literals count ({@link Marks}), so a constant condition
 * the team wrote is left alone.
 */
final class Simplifier {

    /** Each round fixes at least one thing; real code needs a handful. */
    private static final int MAX_ROUNDS = 500;

    private final JavaParser parser;

    Simplifier(JavaParser parser) {
        this.parser = parser;
    }

    /** Simplifies {@code file} in place; a condition kept because of side effects is recorded as a leftover. */
    void simplify(JavaFile file) {
        Set<String> reported = new HashSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Optional<CompilationUnit> unit = file.parse(parser);
            if (unit.isEmpty()) {
                return;
            }
            SourceText text = new SourceText(file.text());
            List<List<Edit>> groups = new ArrayList<>();
            unit.get().walk(node -> rules(file, text, node, groups, reported));
            if (groups.isEmpty() || !file.apply(chosen(groups))) {
                return;
            }
        }
    }

    /** Groups that do not overlap, innermost first; a group is taken whole or not at all. */
    private static List<Edit> chosen(List<List<Edit>> groups) {
        groups.sort(Comparator.comparingInt(g -> g.stream().mapToInt(e -> e.end() - e.begin()).max().orElse(0)));
        List<Edit> taken = new ArrayList<>();
        for (List<Edit> group : groups) {
            if (group.stream().noneMatch(e -> taken.stream().anyMatch(e::overlaps))) {
                taken.addAll(group);
            }
        }
        return taken;
    }

    private void rules(JavaFile file, SourceText text, Node node, List<List<Edit>> groups, Set<String> reported) {
        if (node instanceof Expression e && node.getRange().isPresent()) {
            expression(file, text, e, reported).ifPresent(r -> groups.add(List.of(new Edit(text.begin(e), text.end(e), r))));
        } else if (node instanceof IfStmt s && marked(text, s.getCondition()).isPresent()) {
            groups.add(List.of(ifStatement(text, s, marked(text, s.getCondition()).get())));
        } else if (node instanceof WhileStmt w && marked(text, w.getCondition()).filter(b -> !b).isPresent()) {
            groups.add(List.of(text.deletion(w)));
        } else if (node instanceof ForStmt f && f.getCompare().flatMap(c -> marked(text, c)).filter(b -> !b).isPresent()) {
            groups.add(List.of(text.deletion(f)));
        } else if (node instanceof VariableDeclarator v) {
            inlineLocal(text, v).ifPresent(groups::add);
        } else if (node instanceof BlockStmt b && text.of(b).contains(Marks.MARK)) {
            unreachable(text, b.getStatements()).ifPresent(e -> groups.add(List.of(e)));
        } else if (node instanceof SwitchEntry s && s.getRange().isPresent() && text.of(s).contains(Marks.MARK)) {
            unreachable(text, s.getStatements()).ifPresent(e -> groups.add(List.of(e)));
        }
    }

    /** A marked boolean literal's value. */
    private static Optional<Boolean> marked(SourceText text, Expression e) {
        return e instanceof BooleanLiteralExpr b && Marks.isMarked(text, e) ? Optional.of(b.getValue()) : Optional.empty();
    }

    private static String bool(boolean value) {
        return Marks.marked(Boolean.toString(value));
    }

    private Optional<String> expression(JavaFile file, SourceText text, Expression e, Set<String> reported) {
        if (e instanceof EnclosedExpr p && p.getInner() instanceof LiteralExpr && Marks.isMarked(text, p.getInner())) {
            return Optional.of(Marks.marked(text.of(p.getInner())));
        }
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return marked(text, u.getExpression()).map(b -> bool(!b));
        }
        if (e instanceof ConditionalExpr c) {
            return marked(text, c.getCondition()).map(b -> text.of(b ? c.getThenExpr() : c.getElseExpr()));
        }
        if (e instanceof BinaryExpr b) {
            return binary(file, text, b, reported);
        }
        if (e instanceof MethodCallExpr call) {
            return stringEquals(text, call).or(() -> constantMethod(text, call));
        }
        return Optional.empty();
    }

    private static Optional<String> binary(JavaFile file, SourceText text, BinaryExpr b, Set<String> reported) {
        Optional<Boolean> left = marked(text, b.getLeft());
        Optional<Boolean> right = marked(text, b.getRight());
        if (left.isEmpty() && right.isEmpty()) {
            return Optional.empty();
        }
        switch (b.getOperator()) {
            case AND, OR -> {
                boolean and = b.getOperator() == BinaryExpr.Operator.AND;
                if (left.isPresent()) { // the right operand runs only when the left one does not decide
                    return Optional.of(left.get() == and ? text.of(b.getRight()) : bool(left.get()));
                }
                if (right.get() == and) {
                    return Optional.of(text.of(b.getLeft()));
                }
                Optional<Expression> effect = Droppable.sideEffect(b.getLeft());
                if (effect.isEmpty()) {
                    return Optional.of(bool(right.get()));
                }
                int line = b.getBegin().map(p -> p.line).orElse(0);
                if (reported.add(line + ":" + effect.get())) {
                    file.leftover(line, b.getBegin().map(p -> p.column).orElse(0), LeftoverReason.KEPT_OPERAND,
                            effect.get().toString());
                }
                return Optional.empty();
            }
            case EQUALS, NOT_EQUALS -> {
                if (!(b.getLeft() instanceof LiteralExpr) || !(b.getRight() instanceof LiteralExpr)
                        || b.getLeft() instanceof StringLiteralExpr || b.getRight() instanceof StringLiteralExpr) {
                    return Optional.empty();
                }
                boolean same = b.getLeft().toString().equals(b.getRight().toString());
                return Optional.of(bool(same == (b.getOperator() == BinaryExpr.Operator.EQUALS)));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** {@code "green".equals("blue")} where one of them is the kept value of a string flag. */
    private static Optional<String> stringEquals(SourceText text, MethodCallExpr call) {
        if (!(call.getNameAsString().equals("equals") || call.getNameAsString().equals("equalsIgnoreCase"))
                || call.getArguments().size() != 1 || !(call.getScope().orElse(null) instanceof StringLiteralExpr a)
                || !(call.getArgument(0) instanceof StringLiteralExpr b)
                || !Marks.isMarked(text, a) && !Marks.isMarked(text, b)) {
            return Optional.empty();
        }
        boolean same = call.getNameAsString().equals("equals") ? a.asString().equals(b.asString())
                : a.asString().equalsIgnoreCase(b.asString());
        return Optional.of(bool(same));
    }

    /** A call of a private, parameterless method of this type that now only returns a marked literal. */
    private static Optional<String> constantMethod(SourceText text, MethodCallExpr call) {
        if (!call.getArguments().isEmpty() || call.getScope().filter(s -> !(s instanceof ThisExpr)).isPresent()) {
            return Optional.empty();
        }
        Optional<TypeDeclaration> type = call.findAncestor(TypeDeclaration.class);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        List<MethodDeclaration> methods = type.get().getMethodsByName(call.getNameAsString());
        if (methods.size() != 1 || !methods.get(0).isPrivate() || !methods.get(0).getParameters().isEmpty()
                || methods.get(0).getBody().isEmpty()) {
            return Optional.empty();
        }
        NodeList<Statement> body = methods.get(0).getBody().get().getStatements();
        if (body.size() != 1 || !(body.get(0) instanceof ReturnStmt ret) || ret.getExpression().isEmpty()) {
            return Optional.empty();
        }
        return marked(text, ret.getExpression().get()).map(Simplifier::bool);
    }

    private Edit ifStatement(SourceText text, IfStmt s, boolean condition) {
        Optional<Statement> chosen = condition ? Optional.of(s.getThenStmt()) : s.getElseStmt();
        Node parent = s.getParentNode().orElseThrow();
        if (parent instanceof IfStmt outer && outer.getElseStmt().filter(e -> e == s).isPresent()) {
            return chosen.map(c -> new Edit(text.begin(s), text.end(s), text.of(c) + Marks.MARK))
                    .orElseGet(() -> Edit.delete(text.end(outer.getThenStmt()), text.end(s)));
        }
        boolean inList = parent instanceof BlockStmt || parent instanceof SwitchEntry;
        if (chosen.isEmpty()) {
            return inList ? text.deletion(s) : new Edit(text.begin(s), text.end(s), "{}");
        }
        if (inList && chosen.get() instanceof BlockStmt block) {
            if (block.getStatements().isEmpty()) {
                return text.deletion(s);
            }
            if (!clashes(block, s)) {
                Optional<Edit> inline = inline(text, s, block);
                if (inline.isPresent()) {
                    return inline.get();
                }
            }
        }
        return new Edit(text.begin(s), text.end(s), text.of(chosen.get()) + Marks.MARK);
    }

    /**
     * The block's lines in place of the whole lines of {@code s}, one level less indented; empty when the layout
     * does not allow it (the braces share a line with code, a text block would change).
     */
    private static Optional<Edit> inline(SourceText text, IfStmt s, BlockStmt block) {
        int begin = text.begin(s);
        int from = text.lineStart(begin);
        int to = text.nextLineStart(text.end(s) - 1);
        int open = text.begin(block);
        int close = text.end(block) - 1;
        int contentFrom = text.nextLineStart(open);
        int contentTo = text.lineStart(close);
        if (!text.blank(from, begin) || !text.blank(text.end(s), to) || !text.blank(open + 1, contentFrom)
                || !text.blank(contentTo, close) || contentFrom >= contentTo) {
            return Optional.empty();
        }
        String content = text.text().substring(contentFrom, contentTo);
        if (content.contains("\"\"\"")) {
            return Optional.empty();
        }
        String outer = text.indentAt(begin);
        String inner = text.indentAt(text.begin(block.getStatement(0)));
        if (!inner.startsWith(outer)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String line : content.split("(?<=\n)")) {
            String body = line.replaceFirst("[\r\n]+$", "");
            if (body.isBlank()) {
                out.append(line, body.length(), line.length());
            } else if (body.startsWith(inner)) {
                out.append(outer).append(line.substring(inner.length()));
            } else {
                return Optional.empty();
            }
        }
        String lines = out.toString();
        int lastBreak = lines.length() - (lines.endsWith("\r\n") ? 2 : lines.endsWith("\n") ? 1 : 0);
        return Optional.of(new Edit(from, to, lines.substring(0, lastBreak) + Marks.MARK + lines.substring(lastBreak)));
    }

    /** Whether a local the block declares is declared again after {@code s} in the enclosing block. */
    private static boolean clashes(BlockStmt block, IfStmt s) {
        Set<String> declared = new HashSet<>();
        for (Statement st : block.getStatements()) {
            if (st instanceof ExpressionStmt e && e.getExpression() instanceof VariableDeclarationExpr d) {
                d.getVariables().forEach(v -> declared.add(v.getNameAsString()));
            } else if (st instanceof LocalClassDeclarationStmt c) {
                declared.add(c.getClassDeclaration().getNameAsString());
            } else if (st instanceof LocalRecordDeclarationStmt r) {
                declared.add(r.getRecordDeclaration().getNameAsString());
            }
        }
        if (declared.isEmpty()) {
            return false;
        }
        Node parent = s.getParentNode().orElseThrow();
        List<Statement> siblings = parent instanceof BlockStmt b ? b.getStatements()
                : ((SwitchEntry) parent).getStatements();
        boolean after = false;
        for (Statement st : siblings) {
            if (after && (st.findAll(VariableDeclarator.class).stream().anyMatch(v -> declared.contains(v.getNameAsString()))
                    || st.findAll(Parameter.class).stream().anyMatch(p -> declared.contains(p.getNameAsString()))
                    || st.findAll(TypePatternExpr.class).stream().anyMatch(p -> declared.contains(p.getNameAsString())))) {
                return true;
            }
            after |= st == s;
        }
        return false;
    }

    /** A local initialized with a marked boolean and never assigned again: its reads become the literal. */
    private static Optional<List<Edit>> inlineLocal(SourceText text, VariableDeclarator v) {
        Optional<Boolean> value = v.getInitializer().flatMap(i -> marked(text, i));
        if (value.isEmpty() || !(v.getParentNode().orElse(null) instanceof VariableDeclarationExpr d)
                || d.getVariables().size() != 1 || !(d.getParentNode().orElse(null) instanceof ExpressionStmt statement)
                || !(statement.getParentNode().orElse(null) instanceof BlockStmt)) {
            return Optional.empty();
        }
        Node scope = BooleanUses.scopeOf(d);
        String name = v.getNameAsString();
        List<NameExpr> uses = BooleanUses.uses(scope, name);
        if (BooleanUses.reassigned(scope, name) || uses.stream().anyMatch(u -> BooleanUses.escape(u).isPresent())) {
            return Optional.empty();
        }
        List<Edit> edits = new ArrayList<>();
        edits.add(text.deletion(statement));
        uses.forEach(u -> edits.add(new Edit(text.begin(u), text.end(u), bool(value.get()))));
        return Optional.of(edits);
    }

    /** Deletes the statements after one that cannot complete normally any more. */
    private static Optional<Edit> unreachable(SourceText text, List<Statement> statements) {
        for (int i = 0; i < statements.size() - 1; i++) {
            if (!Reachability.canComplete(statements.get(i))) {
                Statement first = statements.get(i + 1);
                Statement last = statements.get(statements.size() - 1);
                return Optional.of(text.deletion(text.beginWithComment(first), text.end(last)));
            }
        }
        return Optional.empty();
    }
}
