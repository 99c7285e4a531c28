package dev.flaglint.lint.remove;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;

import java.util.List;
import java.util.Optional;

/**
 * Whether a statement can complete normally, after the Java Language Specification (14.22), closely enough to
 * delete what follows a statement that cannot: code the compiler would reject as unreachable once a branch is
 * inlined. When unsure it answers yes, so nothing reachable is ever deleted.
 */
final class Reachability {

    private Reachability() {
    }

    static boolean canComplete(Statement s) {
        if (s instanceof ReturnStmt || s instanceof ThrowStmt || s instanceof BreakStmt || s instanceof ContinueStmt
                || s instanceof YieldStmt) {
            return false;
        }
        if (s instanceof BlockStmt b) {
            return b.getStatements().stream().allMatch(Reachability::canComplete);
        }
        if (s instanceof IfStmt i) {
            return i.getElseStmt().isEmpty() || canComplete(i.getThenStmt()) || canComplete(i.getElseStmt().get());
        }
        if (s instanceof WhileStmt w) {
            return !isTrue(w.getCondition()) || breaksOut(w);
        }
        if (s instanceof DoStmt d) {
            return !isTrue(d.getCondition()) || breaksOut(d);
        }
        if (s instanceof ForStmt f) {
            return f.getCompare().isPresent() && !isTrue(f.getCompare().get()) || breaksOut(f);
        }
        if (s instanceof LabeledStmt l) {
            return canComplete(l.getStatement()) || l.getStatement().findAll(BreakStmt.class).stream()
                    .anyMatch(b -> b.getLabel().map(n -> n.asString().equals(l.getLabel().asString())).orElse(false));
        }
        if (s instanceof SynchronizedStmt sync) {
            return canComplete(sync.getBody());
        }
        if (s instanceof TryStmt t) {
            boolean body = canComplete(t.getTryBlock())
                    || t.getCatchClauses().stream().map(CatchClause::getBody).anyMatch(Reachability::canComplete);
            return body && t.getFinallyBlock().map(Reachability::canComplete).orElse(true);
        }
        if (s instanceof SwitchStmt sw) {
            return switchCanComplete(sw);
        }
        return true;
    }

    private static boolean switchCanComplete(SwitchStmt sw) {
        List<SwitchEntry> entries = sw.getEntries();
        boolean hasDefault = entries.stream().anyMatch(e -> e.isDefault() || e.getLabels().isEmpty());
        if (!hasDefault || entries.isEmpty() || breaksOut(sw)) {
            return true;
        }
        boolean arrows = entries.stream().anyMatch(e -> e.getType() != SwitchEntry.Type.STATEMENT_GROUP);
        if (arrows) {
            return entries.stream().anyMatch(e -> e.getStatements().isEmpty()
                    || e.getStatements().stream().allMatch(Reachability::canComplete));
        }
        List<Statement> last = entries.get(entries.size() - 1).getStatements();
        return last.isEmpty() || last.stream().allMatch(Reachability::canComplete);
    }

    private static boolean isTrue(Expression e) {
        return e instanceof BooleanLiteralExpr b && b.getValue();
    }

    /** Whether an unlabeled {@code break} inside leaves {@code target} (not an inner loop or switch). */
    private static boolean breaksOut(Node target) {
        return target.findAll(BreakStmt.class).stream().filter(b -> b.getLabel().isEmpty())
                .anyMatch(b -> innermostBreakable(b).filter(t -> t == target).isPresent());
    }

    private static Optional<Node> innermostBreakable(Node n) {
        Optional<Node> p = n.getParentNode();
        while (p.isPresent()) {
            Node node = p.get();
            if (node instanceof WhileStmt || node instanceof DoStmt || node instanceof ForStmt
                    || node instanceof ForEachStmt || node instanceof SwitchStmt) {
                return p;
            }
            p = node.getParentNode();
        }
        return Optional.empty();
    }
}
