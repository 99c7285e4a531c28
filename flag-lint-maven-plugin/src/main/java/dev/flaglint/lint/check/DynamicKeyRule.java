package dev.flaglint.lint.check;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.KeyResolution;
import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;

import java.util.List;
import java.util.Optional;

/**
 * {@code dynamic-key}: a key computed at run time, which the build cannot check. Not reported: a known key
 * that a wrapper completes with text of its own ({@code undeclared} checks the glob), and, in tests, a Mockito
 * stub or verification for every key ({@code anyString()}).
 */
final class DynamicKeyRule extends CallSiteRule {

    private static final RuleDoc DOC = new RuleDoc(RuleId.DYNAMIC_KEY, "DynamicFlagKey", Severity.WARNING,
            "A flag key is only known at run time.",
            "The key passed to a flag API is a variable or a method result, so the build cannot"
                    + " check it against the flags file.",
            "Use a string literal or a static final String constant as the key.");

    @Override
    public RuleDoc doc() {
        return DOC;
    }

    @Override
    protected Optional<String> message(CallSite site, CheckContext context) {
        if (!site.isDynamic() || site.resolution() == KeyResolution.AFFIXED) {
            return Optional.empty(); // a known key a wrapper completes: undeclared checks its pattern
        }
        if (site.resolution() == KeyResolution.ANY && site.test()) {
            return Optional.empty(); // a test stubbing or verifying every key names no flag
        }
        return Optional.of("the flag key '" + abbreviate(site.expression()) + "' of " + site.api()
                + " is only known at run time" + patternNote(site, context)
                + ", so it cannot be checked; use a string literal or a static final String constant");
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
