package dev.flaglint.lint.check;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.KeyResolution;
import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.model.Spelling;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code undeclared}: code evaluates a key the flags file does not declare (a typo, or a flag nobody owns), or
 * passes a wrapper a key that, as the wrapper completes it ({@code payments.*}), matches no declared flag.
 */
final class UndeclaredRule extends CallSiteRule {

    /** Where flag-lint:init creates the flags file when none is configured. */
    private static final String DEFAULT_LOCATION = "src/main/resources/flags.yaml";

    private static final RuleDoc DOC = new RuleDoc(RuleId.UNDECLARED, "UndeclaredFlag", Severity.ERROR,
            "Code evaluates a flag key that the flags file does not declare.",
            "Every key the code evaluates must be declared, with its metadata, in the flags file. A"
                    + " near miss of a declared key is named ('did you mean').",
            "Fix the key if it is a typo; otherwise declare the flag (mvn flag-lint:init adds stubs).");

    @Override
    public RuleDoc doc() {
        return DOC;
    }

    /** Without a flags file, one finding for the module, at its first call, instead of one per call. */
    @Override
    public List<Finding> check(CheckContext context) {
        if (context.flagsFile() != null) {
            return super.check(context);
        }
        List<CallSite> keyed = context.callSites().stream().filter(s -> s.key() != null).toList();
        if (keyed.isEmpty()) {
            return List.of();
        }
        Set<String> keys = new TreeSet<>();
        keyed.forEach(s -> keys.add(s.key()));
        String flags = keys.size() == 1 ? "flag '" + keys.iterator().next() + "' evaluated here cannot be checked"
                : "the " + keys.size() + " flags evaluated here cannot be checked (" + String.join(", ", keys) + ")";
        String create = context.flagsFilePath() != null ? context.flagsFilePath() : DEFAULT_LOCATION;
        CallSite first = keyed.get(0);
        return List.of(finding(keys.size() == 1 ? first.key() : null, first.file(), first.line(), first.column(),
                "no flags file found" + (context.flagsFilePlaces().isEmpty() ? ""
                        : " (looked for " + context.flagsFilePlaces() + ")") + ", so " + flags
                        + "; run mvn flag-lint:init to create " + create + " declaring " + (keys.size() == 1 ? "it" : "them")
                        + ", or set flagsFile to where the file is"));
    }

    @Override
    protected Optional<String> message(CallSite site, CheckContext context) {
        if (site.resolution() == KeyResolution.AFFIXED && site.key() == null && context.hasFlags()) {
            return matchesNone(site, context);
        }
        if (site.key() == null) {
            return Optional.empty();
        }
        if (!context.hasFlags() || context.declared(site) != null) {
            return Optional.empty(); // a file that does not parse is invalid-metadata's: every key would be noise
        }
        String hint = Spelling.closest(site.key(), context.flagsFile().flags().keySet())
                .map(k -> "did you mean '" + k + "'? Otherwise declare it")
                .orElse("declare it");
        return Optional.of("flag '" + site.key() + "' is not declared in " + context.flagsFilePath() + "; " + hint
                + " there with owner, created, expires and ticket");
    }

    /** A known key that the wrapper completes at run time: some declared flag must match what it can become. */
    private static Optional<String> matchesNone(CallSite site, CheckContext context) {
        if (context.flagsFile().flags().keySet().stream().anyMatch(k -> KeyPatterns.matches(site.pattern(), k))) {
            return Optional.empty();
        }
        return Optional.of("no flag declared in " + context.flagsFilePath() + " matches '" + site.pattern() + "', the"
                + " key " + site.expression() + " as " + site.api() + " completes it; fix the key if it is a typo,"
                + " otherwise declare the flags it stands for there with owner, created, expires and ticket");
    }
}
