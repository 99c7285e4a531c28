package dev.flaglint.runtime;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Flags}: one method to write, every overload for free, and the library's types behind it. */
class FlagsInterfaceTest {

    @Test
    void everyOverloadGoesThroughTheOneAbstractMethod() {
        List<String> asked = new ArrayList<>();
        Flags flags = (key, context, defaultValue) -> {
            asked.add(key + " " + context + " " + defaultValue);
            return new Evaluation(!defaultValue, Reason.STATIC, Evaluation.NO_RULE, null);
        };

        assertThat(flags.isEnabled("a")).isTrue();
        assertThat(flags.isEnabled("b", Map.of("user_id", "1"))).isTrue();
        assertThat(flags.isEnabled("c", Map.of(), true)).isFalse();
        assertThat(flags.evaluate("d", Map.of()).reason()).isEqualTo(Reason.STATIC);

        assertThat(asked).containsExactly("a {} false", "b {user_id=1} false", "c {} true", "d {} false");
    }

    @Test
    void snapshotsAndTheirOverridesAreFlags() {
        Flags flags = FeatureFlags.builder().flag("on", true).build().withOverride("pinned", false);

        assertThat(flags.isEnabled("on")).isTrue();
        assertThat(flags.evaluate("pinned", Map.of(), true).reason()).isEqualTo(Reason.STATIC);
        assertThat(flags.isEnabled("pinned", Map.of(), true)).isFalse();
        assertThat(flags.evaluate("unknown", null, true).errorCode()).isEqualTo(ErrorCode.FLAG_NOT_FOUND);
    }
}
