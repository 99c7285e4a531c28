package dev.flaglint.lint.check;

import dev.flaglint.lint.model.ValueKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypeMismatchRuleTest {

    private static final String FLAGS = """
            flags:
              new-checkout: { owner: o, created: 2026-01-01, expires: 2027-01-01, ticket: T-1 }
              checkout-button:
                owner: o
                created: 2026-01-01
                expires: 2027-01-01
                ticket: T-1
                variants: { control: blue, green: green }
                default_variant: control
              max-items:
                owner: o
                created: 2026-01-01
                expires: 2027-01-01
                ticket: T-1
                variants: { few: 10, many: 3000000000 }
                default_variant: few
              price:
                owner: o
                created: 2026-01-01
                expires: 2027-01-01
                ticket: T-1
                variants: { low: 9.99, high: 15 }
                default_variant: low
              layout:
                owner: o
                created: 2026-01-01
                expires: 2027-01-01
                ticket: T-1
                variants: { compact: { columns: 2 } }
                default_variant: compact
              broken:
                owner: o
                created: 2026-01-01
                expires: 2027-01-01
                ticket: T-1
                variants: { a: 1 }
            """;

    private final TypeMismatchRule rule = new TypeMismatchRule();

    @Test
    void aCallReadingAnotherTypeThanTheVariantsIsAnErrorNamingThem() {
        assertThat(CheckFixture.flags(FLAGS)
                .reads("isEnabled", ValueKind.BOOLEAN, "checkout-button")
                .reads("stringValue", ValueKind.STRING, "new-checkout")
                .reads("value", ValueKind.INTEGER, "checkout-button")
                .reads("doubleValue", ValueKind.NUMBER, "layout")
                .findings(rule)).containsExactly(
                "ERROR src/main/java/com/acme/App.java:[7,15] type-mismatch: flag 'checkout-button' is a string flag"
                        + " (variants control: \"blue\", green: \"green\"), but isEnabled reads it as a boolean, so it"
                        + " always gets the default it passes; read it as a string, or change the flag's variants",
                "ERROR src/main/java/com/acme/App.java:[8,15] type-mismatch: flag 'new-checkout' is a boolean flag"
                        + " (variants on: true, off: false), but stringValue reads it as a string, so it always gets"
                        + " the default it passes; read it as a boolean, or change the flag's variants",
                "ERROR src/main/java/com/acme/App.java:[9,15] type-mismatch: flag 'checkout-button' is a string flag"
                        + " (variants control: \"blue\", green: \"green\"), but value reads it as an int, so it always"
                        + " gets the default it passes; read it as a string, or change the flag's variants",
                "ERROR src/main/java/com/acme/App.java:[10,15] type-mismatch: flag 'layout' is an object flag"
                        + " (variants compact: {columns=2}), but doubleValue reads it as a number, so it always gets"
                        + " the default it passes; read it as an object, or change the flag's variants");
    }

    @Test
    void wholeNumbersMustFitWhatTheCallReads() {
        assertThat(CheckFixture.flags(FLAGS)
                .reads("intValue", ValueKind.INTEGER, "max-items")
                .reads("value", ValueKind.LONG, "max-items")
                .reads("intValue", ValueKind.INTEGER, "price")
                .reads("doubleValue", ValueKind.NUMBER, "price")
                .findings(rule)).containsExactly(
                "ERROR src/main/java/com/acme/App.java:[7,15] type-mismatch: flag 'max-items' is a number flag"
                        + " (variants few: 10, many: 3000000000), but intValue reads it as an int, so it gets the"
                        + " default it passes whenever the flag gives a variant that is not a whole number an int"
                        + " holds; read it as a number, or change the flag's variants",
                "ERROR src/main/java/com/acme/App.java:[9,15] type-mismatch: flag 'price' is a number flag"
                        + " (variants low: 9.99, high: 15), but intValue reads it as an int, so it gets the default it"
                        + " passes whenever the flag gives a variant that is not a whole number an int holds; read it"
                        + " as a number, or change the flag's variants");
    }

    @Test
    void callsReadingAnyTypeUndeclaredAndInvalidFlagsAreNotItsBusiness() {
        assertThat(CheckFixture.flags(FLAGS)
                .calls("checkout-button")                               // evaluate, variant: any type
                .reads("stringValue", ValueKind.STRING, "nope")          // undeclared's
                .reads("isEnabled", ValueKind.BOOLEAN, "broken")         // invalid-metadata's
                .reads("isEnabled", ValueKind.BOOLEAN, "new-checkout")
                .findings(rule)).isEmpty();
    }
}
