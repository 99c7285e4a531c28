package dev.flaglint.lint.remove;

import dev.flaglint.lint.model.LintException;
import dev.flaglint.lint.model.ValueKind;
import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeptValueTest {

    private static Flag flag(String settings) {
        return FlagsFile.parse("flags.yaml", """
                flags:
                  f:
                    owner: team
                    created: 2026-01-01
                    expires: 2026-12-01
                    ticket: T-1
                """ + settings, Format.YAML).flag("f").orElseThrow();
    }

    @Test
    void theSettledValueIsKeptUnlessAnotherIsGiven() {
        assertThat(KeptValue.of("f", flag("    enabled: false\n"), null)).isEqualTo(new KeptValue("off", false, true));
        assertThat(KeptValue.of("f", flag("    enabled: false\n"), "true")).isEqualTo(new KeptValue("on", true, false));
        assertThat(KeptValue.of("f", null, "false")).isEqualTo(new KeptValue("off", false, false));
    }

    @Test
    void aFlagThatIsNotSettledNeedsAValueAndTheMessageListsTheChoices() {
        assertThatThrownBy(() -> KeptValue.of("f", flag("    rollout: 50\n"), null)).isInstanceOf(LintException.class)
                .hasMessage("flag 'f' does not give everyone the same value (it is not ready to remove), so say which"
                        + " value the code keeps: -Dflag-lint.value=true or -Dflag-lint.value=false");
        Flag typed = flag("    variants: { control: blue, green: green }\n    default_variant: control\n"
                + "    rollout: { control: 50, green: 50 }\n");
        assertThatThrownBy(() -> KeptValue.of("f", typed, null)).hasMessageEndingWith(
                "-Dflag-lint.value=control|green");
        assertThatThrownBy(() -> KeptValue.of("f", typed, "red")).hasMessage(
                "flag 'f' has no value 'red'; say which value the code keeps: -Dflag-lint.value=control|green");
        assertThatThrownBy(() -> KeptValue.of("f", null, null)).hasMessageStartingWith(
                "flag 'f' is not declared in the flags file, so say which value");
    }

    @Test
    void aVariantBecomesTheLiteralOfWhatTheCallReads() {
        KeptValue green = KeptValue.of("f", flag("    variants: { control: \"a\\\"b\", green: 7 }\n"
                + "    default_variant: green\n"), null);
        assertThat(green.literal(ValueKind.INTEGER)).contains("7");
        assertThat(green.literal(ValueKind.LONG)).contains("7L");
        assertThat(green.literal(ValueKind.NUMBER)).contains("7.0");
        assertThat(green.literal(ValueKind.STRING)).isEmpty();
        assertThat(KeptValue.stringLiteral("a\"b\\\n")).isEqualTo("\"a\\\"b\\\\\\n\"");
    }
}
