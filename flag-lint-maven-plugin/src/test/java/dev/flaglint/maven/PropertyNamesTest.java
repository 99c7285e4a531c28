package dev.flaglint.maven;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class PropertyNamesTest {

    private static final TreeSet<String> PARAMETERS = new TreeSet<>(List.of("skip", "warnDays", "failOnViolation"));

    private static Properties user(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void eitherSpellingOfAParameterIsKnownAndOtherPropertiesAreNotOurs() {
        assertThat(PropertyNames.unknown(user("flag-lint.skip", "true", "flaglint.warnDays", "3", "skipTests", "true",
                "flag-lintx", "1"), PARAMETERS)).isEmpty();
    }

    @Test
    void aTypoOrAWrongCaseGetsTheParameterItProbablyMeant() {
        assertThat(PropertyNames.unknown(user("flag-lint.skp", "true", "flaglint.FAILONVIOLATION", "false",
                "flag-lint.colour", "blue"), PARAMETERS)).containsExactly(
                "flag-lint: -Dflag-lint.colour is not a parameter of flag-lint and is ignored; the parameters are"
                        + " listed by mvn flag-lint:help -Ddetail",
                "flag-lint: -Dflag-lint.skp is not a parameter of flag-lint and is ignored; did you mean"
                        + " -Dflag-lint.skip?",
                "flag-lint: -Dflaglint.FAILONVIOLATION is not a parameter of flag-lint and is ignored; did you mean"
                        + " -Dflag-lint.failOnViolation?");
    }

    @Test
    void theCurrentSpellingWinsOverTheOlderOne() {
        assertThat(PropertyNames.userValue(user("flaglint.flagsFile", "old.yaml", "flag-lint.flagsFile", "new.yaml"),
                "flagsFile")).isEqualTo("new.yaml");
        assertThat(PropertyNames.userValue(user("flaglint.flagsFile", "old.yaml"), "flagsFile")).isEqualTo("old.yaml");
        assertThat(PropertyNames.userValue(user(), "flagsFile")).isNull();
    }
}
