package dev.flaglint.lint.check;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.lint.model.ValueKind;
import dev.flaglint.model.Flag;
import dev.flaglint.model.ValueType;

import java.util.Optional;

/**
 * {@code type-mismatch}: a call reads a flag as another type than its declared variants hold ({@code isEnabled}
 * of a string flag, {@code stringValue} of a boolean flag): at run time it always gets the caller's default.
 */
final class TypeMismatchRule extends CallSiteRule {

    private static final RuleDoc DOC = new RuleDoc(RuleId.TYPE_MISMATCH, "FlagTypeMismatch", Severity.ERROR,
            "Code reads a flag as another type than its variants have.",
            "A call such as isEnabled (a boolean), stringValue (a string), intValue (a whole number) or"
                    + " value(key, context, Integer.class, default) must match the type of the flag's declared"
                    + " variants (a flag without variants is a boolean flag); otherwise every call gets the"
                    + " default it passes, with error code TYPE_MISMATCH.",
            "Call the method for the flag's type, or change the flag's variants.");

    @Override
    public RuleDoc doc() {
        return DOC;
    }

    @Override
    protected Optional<String> message(CallSite site, CheckContext context) {
        Flag flag = context.declared(site);
        // An invalid flag answers defaults anyway and is invalid-metadata's to report.
        if (site.reads() == null || flag == null || !flag.valid() || site.reads().accepts(flag.variants())) {
            return Optional.empty();
        }
        boolean someWhole = flag.valueType() == ValueType.NUMBER
                && (site.reads() == ValueKind.INTEGER || site.reads() == ValueKind.LONG);
        return Optional.of("flag '" + flag.key() + "' is " + flag.valueType().withArticle() + " flag (variants "
                + flag.variants().describe() + "), but " + site.method() + " reads it as " + site.reads().phrase()
                + (someWhole ? ", so it gets the default it passes whenever the flag gives a variant that is not a"
                + " whole number " + (site.reads() == ValueKind.INTEGER ? "an int" : "a long") + " holds; read it as"
                + " a number"
                : ", so it always gets the default it passes; read it as " + flag.valueType().withArticle())
                + ", or change the flag's variants");
    }
}
