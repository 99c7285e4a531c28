package dev.flaglint.runtime;

import dev.flaglint.model.Operator;
import dev.flaglint.model.SemanticVersion;

/**
 * {@code semver_eq/lt/lte/gt/gte}: the context value read as a semantic version (build metadata
 * ignored, a pre-release before its release). A value that is not a version fails. The bound was parsed
 * at load; the context value has to be parsed here (that allocates).
 */
final class SemverComparisonMatcher implements ValueMatcher {

    private final Operator operator;
    private final SemanticVersion bound;

    SemverComparisonMatcher(Operator operator, SemanticVersion bound) {
        this.operator = operator;
        this.bound = bound;
    }

    @Override
    public boolean text(String text, int from) {
        SemanticVersion version = SemanticVersion.parse(from == 0 ? text : text.substring(from)).orElse(null);
        if (version == null) {
            return false;
        }
        int c = version.compareTo(bound);
        return switch (operator) {
            case SEMVER_EQ -> c == 0;
            case SEMVER_LT -> c < 0;
            case SEMVER_LTE -> c <= 0;
            case SEMVER_GT -> c > 0;
            case SEMVER_GTE -> c >= 0;
            default -> false;
        };
    }
}
