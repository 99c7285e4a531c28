package dev.flaglint.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SemanticVersionTest {

    @ParameterizedTest
    @CsvSource({
            "1.0.0, 2.0.0", "2.0.0, 2.1.0", "2.1.0, 2.1.1", "1.0.0-alpha, 1.0.0", "1.0.0-alpha, 1.0.0-alpha.1",
            "1.0.0-alpha.1, 1.0.0-alpha.beta", "1.0.0-beta.2, 1.0.0-beta.11", "1.0.0-rc.1, 1.0.0",
            "1.9, 1.10", "v1.2.3, 1.2.4"})
    void ordersAsSemverOrgSays(String lower, String higher) {
        SemanticVersion a = SemanticVersion.parse(lower).orElseThrow();
        SemanticVersion b = SemanticVersion.parse(higher).orElseThrow();

        assertThat(a).isLessThan(b);
        assertThat(b).isGreaterThan(a);
    }

    @ParameterizedTest
    @CsvSource({"1.2.3+build.5, 1.2.3", "2, 2.0.0", "2.1, 2.1.0"})
    void ignoresBuildMetadataAndFillsMissingParts(String a, String b) {
        assertThat(SemanticVersion.parse(a).orElseThrow()).isEqualByComparingTo(SemanticVersion.parse(b).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"banana", "1.2.3.4", "''", "1..2", "-1.0.0", "2.1.0-rc..1", "2.1.0-rc.", "2.1.0-", "2.1.0-.rc",
            "1.0.0+", "1.0.0+a..b", "1.0.0-rc_1", "1.", "v", "1234567890123456789.0.0", "1.0.0-ré"})
    void rejectsWhatIsNotAVersion(String text) {
        assertThat(SemanticVersion.parse(text)).isEmpty();
    }

    @Test
    void numericPreReleaseIdentifiersOfAnyLengthCompareByValue() {
        SemanticVersion a = SemanticVersion.parse("1.0.0-99999999999999999999999999").orElseThrow();
        SemanticVersion b = SemanticVersion.parse("1.0.0-100000000000000000000000000").orElseThrow();

        assertThat(a).isLessThan(b);
        assertThat(SemanticVersion.parse("1.0.0-rc.007").orElseThrow())
                .isEqualByComparingTo(SemanticVersion.parse("1.0.0-rc.7").orElseThrow());
    }

    @Test
    void aVeryLongValueIsReadWithoutRecursion() {
        String longPreRelease = "1.0.0-" + "a.".repeat(500_000) + "a";

        assertThat(SemanticVersion.parse(longPreRelease)).isPresent();
        assertThat(SemanticVersion.parse(longPreRelease + "..")).isEmpty();
    }

    @Test
    void aHandBuiltVersionWithEmptyIdentifiersStillCompares() {
        SemanticVersion odd = new SemanticVersion(1, 0, 0, "rc..1");

        assertThat(odd.compareTo(SemanticVersion.parse("1.0.0-rc.1").orElseThrow())).isNotZero();
    }
}
