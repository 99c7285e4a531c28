package dev.flaglint.lint.check;

import dev.flaglint.lint.CallSite;
import dev.flaglint.lint.Finding;
import dev.flaglint.lint.Severity;

import java.util.ArrayList;
import java.util.List;

/** {@code dynamic-key}: a key computed at run time, which the build cannot check. */
final class DynamicKeyRule implements LintRule {

    @Override
    public String id() {
        return "dynamic-key";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (CallSite site : context.callSites()) {
            if (site.isDynamic()) {
                findings.add(finding(null, site.file(), site.line(), site.column(),
                        "the flag key '" + abbreviate(site.expression()) + "' of " + site.api()
                                + " is only known at run time" + patternNote(site, context)
                                + ", so it cannot be checked; use a string literal or a static final String constant"));
            }
        }
        return findings;
    }

    private static String patternNote(CallSite site, CheckContext context) {
        if (site.pattern() == null || !context.hasFlags()) {
            return "";
        }
        List<String> matching = context.flagsFile().flags().keySet().stream()
                .filter(k -> KeyPatterns.matches(site.pattern(), k)).toList();
        return " (pattern '" + site.pattern() + "' matches " + (matching.isEmpty() ? "no declared flag"
                : matching.size() <= 5 ? String.join(", ", matching) : matching.size() + " declared flags") + ")";
    }

    private static String abbreviate(String expression) {
        String oneLine = expression.replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
