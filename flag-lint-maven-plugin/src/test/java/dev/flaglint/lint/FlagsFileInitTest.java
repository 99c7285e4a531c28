package dev.flaglint.lint;

import dev.flaglint.lint.init.FlagsFileInit;
import dev.flaglint.lint.model.LintException;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** flag-lint:init declares undeclared keys without touching what is already in the flags file. */
class FlagsFileInitTest {

    @TempDir
    Path dir;

    private final FlagsFileInit init = new FlagsFileInit(LocalDate.of(2026, 5, 1), 90);

    private static final String STUBS = """
              # added by flag-lint:init on 2026-05-01: set owner and ticket, and check expires
              brand-new:
                owner: TODO-owner
                created: 2026-05-01
                expires: 2026-07-30
                ticket: TODO
              search-v3:
                owner: TODO-owner
                created: 2026-05-01
                expires: 2026-07-30
                ticket: TODO
            """;

    /** The stubs for a file that declares none of the three keys. */
    private static final String ALL_STUBS = """
              # added by flag-lint:init on 2026-05-01: set owner and ticket, and check expires
              brand-new:
                owner: TODO-owner
                created: 2026-05-01
                expires: 2026-07-30
                ticket: TODO
              new-checkout:
                owner: TODO-owner
                created: 2026-05-01
                expires: 2026-07-30
                ticket: TODO
              search-v3:
                owner: TODO-owner
                created: 2026-05-01
                expires: 2026-07-30
                ticket: TODO
            """;

    private static final String COMMENTED = """
            # Flags of the shop. Keep sorted by team.
            flags:
              # --- payments ---
              new-checkout:            # the new flow
                owner: payments-team
                created: 2026-01-15
                expires: 2026-09-01
                ticket: PAY-1234
                rollout: 10            # ramping up
            # trailing comment
            """;

    private static final String JAVA = """
            package com.acme;

            import dev.flaglint.runtime.FeatureFlags;

            class App {
                void run(FeatureFlags flags, String name) {
                    flags.isEnabled("search-v3");
                    flags.isEnabled("new-checkout");
                    flags.isEnabled("brand-new");
                    flags.isEnabled(name);
                    flags.isEnabled("search-v3");
                }
            }
            """;

    private FlagsFileInit.Result run(String flags) {
        Path module = Projects.write(dir, flags == null ? Map.of("src/main/java/com/acme/App.java", JAVA)
                : Map.of("flags.yaml", flags, "src/main/java/com/acme/App.java", JAVA));
        LintResult result = new FlagLinter().lint(Projects.request(module));
        return init.init(module.resolve("flags.yaml"), result.callSites(), "Feature flags of app.");
    }

    private String flagsText() throws IOException {
        return Files.readString(dir.resolve("flags.yaml"));
    }

    private static void assertParsesCleanly(String text, String... keys) {
        FlagsFile parsed = FlagsFile.parse("flags.yaml", text, Format.YAML);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.flags().keySet()).contains(keys);
    }

    @Test
    void appendsStubsAndKeepsEveryExistingByteAndComment() throws IOException {
        FlagsFileInit.Result result = run(COMMENTED);

        assertThat(result.added()).containsExactly("brand-new", "search-v3");
        assertThat(result.created()).isFalse();
        assertThat(flagsText()).isEqualTo(COMMENTED + STUBS);
        assertParsesCleanly(flagsText(), "new-checkout", "brand-new", "search-v3");
    }

    @Test
    void runningItAgainAddsNothing() throws IOException {
        run(COMMENTED);
        String once = flagsText();

        FlagsFileInit.Result again = run(once);

        assertThat(again.added()).isEmpty();
        assertThat(flagsText()).isEqualTo(once);
    }

    @Test
    void aFileWithoutATrailingNewlineGetsOneFirst() throws IOException {
        String noNewline = COMMENTED.substring(0, COMMENTED.length() - 1);

        run(noNewline);

        assertThat(flagsText()).isEqualTo(noNewline + "\n" + STUBS);
    }

    @Test
    void anEmptyFlagsMappingIsFilled() throws IOException {
        run("# no flags yet\nflags:\n");
        assertThat(flagsText()).isEqualTo("# no flags yet\nflags:\n" + ALL_STUBS);

        run("flags: {}   # none yet\n");
        assertThat(flagsText()).isEqualTo("flags: # none yet\n" + ALL_STUBS);
        assertParsesCleanly(flagsText(), "brand-new", "search-v3");
    }

    @Test
    void aFileWithoutAFlagsKeyGetsOne() throws IOException {
        run("# just a comment");

        assertThat(flagsText()).isEqualTo("# just a comment\nflags:\n" + ALL_STUBS);
    }

    @Test
    void stubsGoAtTheEndOfTheFlagsBlockWhenAnotherTopLevelKeyFollows() throws IOException {
        String text = "flags:\n    a-flag:\n        owner: x\n        created: 2026-01-01\n        expires: 2026-09-01\n"
                + "        ticket: T-1\n\nsettings: {}\n";
        Path module = Projects.write(dir, Map.of("flags.yaml", text, "src/main/java/com/acme/App.java", JAVA));
        LintResult result = new FlagLinter().lint(Projects.request(module));

        init.init(module.resolve("flags.yaml"), result.callSites(), "x");

        String updated = flagsText();
        assertThat(updated).startsWith(text.substring(0, text.indexOf("\n\nsettings")) + "\n    # added by flag-lint:init")
                .contains("\n    brand-new:\n        owner: TODO-owner\n")
                .endsWith("        ticket: TODO\n\nsettings: {}\n");
        FlagsFile parsed = FlagsFile.parse("flags.yaml", updated, Format.YAML);
        assertThat(parsed.flags().keySet()).containsExactly("a-flag", "brand-new", "new-checkout", "search-v3");
    }

    @Test
    void keepsWindowsLineEnds() throws IOException {
        run(COMMENTED.replace("\n", "\r\n"));

        assertThat(flagsText()).isEqualTo((COMMENTED + STUBS).replace("\n", "\r\n"));
    }

    @Test
    void createsTheFileWhenThereIsNone() throws IOException {
        FlagsFileInit.Result result = run(null);

        assertThat(result.created()).isTrue();
        assertThat(flagsText()).isEqualTo("""
                # Feature flags of app.
                # Every flag needs owner, created, expires (or permanent: true) and ticket.
                flags:
                  # added by flag-lint:init on 2026-05-01: set owner and ticket, and check expires
                  brand-new:
                    owner: TODO-owner
                    created: 2026-05-01
                    expires: 2026-07-30
                    ticket: TODO
                  new-checkout:
                    owner: TODO-owner
                    created: 2026-05-01
                    expires: 2026-07-30
                    ticket: TODO
                  search-v3:
                    owner: TODO-owner
                    created: 2026-05-01
                    expires: 2026-07-30
                    ticket: TODO
                """);
        assertParsesCleanly(flagsText(), "brand-new", "new-checkout", "search-v3");
    }

    @Test
    void refusesWhatItCannotEditSafely() {
        assertThatThrownBy(() -> run("flags: { a: { owner: x } }\n")).isInstanceOf(LintException.class)
                .hasMessageContaining("writes 'flags:' inline").hasMessageContaining("brand-new, new-checkout, search-v3");
        assertThatThrownBy(() -> run("flags:\n  a: [\n")).isInstanceOf(LintException.class)
                .hasMessageStartingWith("flags.yaml:[").hasMessageEndingWith("fix the flags file first, then run"
                        + " flag-lint:init again");
    }

    @Test
    void yamlKeysThatWouldNotReadAsStringsAreQuoted() {
        String text = new FlagsFileInit(LocalDate.of(2026, 5, 1), 30).append("flags:\n", List.of("yes", "123", "ok"));

        assertThat(text).contains("\n  \"yes\":\n", "\n  \"123\":\n", "\n  ok:\n", "expires: 2026-05-31\n");
        assertParsesCleanly(text, "yes", "123", "ok");
    }
}
