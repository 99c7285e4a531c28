package dev.flaglint.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading an environment the file does not declare, or a misspelling of one it uses: a warning, strict an error. */
class EnvironmentLoadTest {

    private static final String FLAG = """
              f:
                owner: o
                created: 2026-01-01
                permanent: true
                ticket: T-1
                environments:
                  production: { enabled: false }
            """;

    @TempDir
    Path dir;
    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("flags.yaml"), text);
    }

    @Test
    void aMisspeltEnvironmentWarnsOnceWithASuggestionAndStrictLoadingFails() throws IOException {
        Path path = file("flags:\n" + FLAG);

        FeatureFlags flags = FeatureFlags.load(path, "prod");
        assertThat(flags.isEnabled("f")).isTrue(); // the defaults: production's kill switch does not apply
        assertThat(log.containing("environment 'prod'")).containsExactly("flags file problem: " + path
                + ":1:1: no flag has overrides for environment 'prod'; did you mean 'production'? (the flags override"
                + " [production]); until then every flag evaluates with its defaults");
        assertThatThrownBy(() -> FeatureFlags.loadStrict(path, "prod")).isInstanceOf(FlagsFileException.class)
                .hasMessageContaining("did you mean 'production'?");
        assertThat(FeatureFlags.loadStrict(path, "production").isEnabled("f")).isFalse();
    }

    @Test
    void anEnvironmentTheFileDoesNotDeclareWarnsAndStrictLoadingFails() throws IOException {
        Path path = file("environments: [staging, production]\nflags:\n" + FLAG);

        FeatureFlags.load(path, "qa");
        assertThat(log.containing("environment 'qa' is not declared")).hasSize(1);
        assertThatThrownBy(() -> FeatureFlags.loadStrict(path, "qa")).isInstanceOf(FlagsFileException.class)
                .hasMessage("flags file " + path + " has 1 error:\n  " + path + ":1:1: environment 'qa' is not"
                        + " declared in this file's environments [staging, production]. Load a declared environment,"
                        + " or declare it; until then every flag evaluates with its defaults");
        FeatureFlags.loadStrict(path, "staging"); // declared, though no flag overrides it: fine
    }

    @Test
    void anUnrelatedEnvironmentOfAFileThatDeclaresNoneIsTodaysBehaviour() throws IOException {
        Path path = file("flags:\n" + FLAG);

        FeatureFlags.loadStrict(path, "test");
        FeatureFlags.load(path, null);
        assertThat(log.messages()).isEmpty();
    }
}
