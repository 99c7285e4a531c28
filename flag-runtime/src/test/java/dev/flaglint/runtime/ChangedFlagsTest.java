package dev.flaglint.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link FeatureFlags#changedSince}: the flags whose answers may differ, whatever moved in the file. */
class ChangedFlagsTest {

    private static final String FLAGS = """
            flags:
              checkout:
                owner: o
                created: 2026-01-01
                permanent: true
                ticket: T-1
                rules:
                  - if: { plan: enterprise }
                    enabled: true
                rollout: 10
              button:
                owner: o
                created: 2026-01-01
                permanent: true
                ticket: T-2
                variants: { a: "blue", b: "green" }
                default_variant: a
                environments:
                  staging: { default_variant: b }
            """;

    @Test
    void movedFlagsAreNotChangedAndEachKindOfChangeIs() {
        FeatureFlags before = FeatureFlags.of(FLAGS);
        assertThat(FeatureFlags.of("# moved\n\n" + FLAGS).changedSince(before)).isEmpty();
        assertThat(FeatureFlags.of(FLAGS.replace("rollout: 10", "rollout: 20")).changedSince(before))
                .containsExactly("checkout");
        assertThat(FeatureFlags.of(FLAGS.replace("enterprise", "pro")).changedSince(before)).containsExactly("checkout");
        assertThat(FeatureFlags.of(FLAGS.replace("ticket: T-2", "ticket: T-3")).changedSince(before))
                .containsExactly("button");
        assertThat(FeatureFlags.of(FLAGS.replace("\"green\"", "\"red\"")).changedSince(before))
                .containsExactly("button");
        assertThat(FeatureFlags.of(FLAGS + """
                  new-one:
                    owner: o
                    created: 2026-01-01
                    permanent: true
                    ticket: T-4
                """).changedSince(before)).containsExactly("new-one");
        assertThat(FeatureFlags.empty().changedSince(before)).containsExactly("button", "checkout");
        assertThat(before.withOverride("checkout", true).changedSince(before)).containsExactly("checkout");
    }

    @Test
    void onlyTheEnvironmentCompiledForCounts() {
        FeatureFlags before = FeatureFlags.of(FLAGS, null);
        String stagingChanged = FLAGS.replace("staging: { default_variant: b }", "staging: { default_variant: a }");
        assertThat(FeatureFlags.of(stagingChanged, null).changedSince(before)).isEmpty();
        assertThat(FeatureFlags.of(stagingChanged, "staging").changedSince(FeatureFlags.of(FLAGS, "staging")))
                .containsExactly("button");
    }
}
