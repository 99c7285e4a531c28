package dev.flaglint.lint.check;

import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.model.Flag;

import java.util.Optional;

/**
 * {@code unused}: a declared flag that no scanned module evaluates. Expired flags are left to
 * {@code expired}, which says the same more urgently.
 */
final class UnusedRule extends DeclarationRule {

    private static final RuleDoc DOC = new RuleDoc(RuleId.UNUSED, "UnusedFlag", Severity.WARNING,
            "A declared flag is never evaluated.",
            "A flag declared in the flags file that no scanned module evaluates, by name or through a"
                    + " dynamic key pattern.",
            "Delete the flag from the flags file if it is no longer needed.");

    @Override
    public RuleDoc doc() {
        return DOC;
    }

    @Override
    protected Optional<String> message(Flag flag, CheckContext context) {
        if (context.isUsed(flag) || flag.metadata().isExpiredOn(context.today())) {
            return Optional.empty();
        }
        String modules = context.scannedModules().size() == 1 ? "module " + context.scannedModules().get(0)
                : "modules " + String.join(", ", context.scannedModules());
        return Optional.of("flag '" + flag.key() + "' is declared but never evaluated in " + modules + " "
                + FlagText.ownerAndTicket(flag) + "; remove it from the flags file if it is no longer needed");
    }
}
