package dev.flaglint.model;

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
    @CsvSource({"banana", "1.2.3.4", "''", "1..2", "-1.0.0"})
    void rejectsWhatIsNotAVersion(String text) {
        assertThat(SemanticVersion.parse(text)).isEmpty();
    }
}
