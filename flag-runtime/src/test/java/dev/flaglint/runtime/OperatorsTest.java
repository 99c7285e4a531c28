package dev.flaglint.runtime;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operator, with matching, non-matching and wrong-typed context values. */
class OperatorsTest {

    /** A flag that is on exactly when {@code condition} (YAML flow mapping) holds. */
    private static FeatureFlags flagWith(String condition) {
        FeatureFlags flags = FeatureFlags.of("""
                flags:
                  f:
                    owner: o
                    created: 2026-01-01
                    permanent: true
                    ticket: T-1
                    rules:
                      - if: %s
                        enabled: true
                      - enabled: false
                """.formatted(condition));
        assertThat(flags.problems()).as("test flag must be valid").isEmpty();
        return flags;
    }

    private static boolean on(FeatureFlags flags, String attribute, Object value) {
        Evaluation e = flags.evaluate("f", Map.of(attribute, value));
        assertThat(e.reason()).isEqualTo(Reason.TARGETING_MATCH);
        return e.ruleIndex() == 0;
    }

    @Test
    void inIsEqualityOrAnyOf() {
        FeatureFlags one = flagWith("{ plan: enterprise }");
        assertThat(on(one, "plan", "enterprise")).isTrue();
        assertThat(on(one, "plan", "Enterprise")).isFalse(); // text is case-sensitive
        assertThat(on(one, "plan", "enterprise ")).isFalse();

        FeatureFlags list = flagWith("{ user_id: [123, 456, abc] }");
        assertThat(on(list, "user_id", "456")).isTrue();
        assertThat(on(list, "user_id", "abc")).isTrue();
        assertThat(on(list, "user_id", "789")).isFalse();
        assertThat(flagWith("{ user_id: { in: [1, 2] } }").evaluate("f", Map.of("user_id", 2)).ruleIndex()).isZero();

        FeatureFlags longList = flagWith("{ user_id: [u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, u11, u12] }");
        assertThat(on(longList, "user_id", "u11")).isTrue();
        assertThat(on(longList, "user_id", "u13")).isFalse();
        assertThat(on(flagWith("{ user_id: { not_in: [u1, u2, u3, u4, u5, u6, u7, u8, u9] } }"), "user_id", "u9"))
                .isFalse();
    }

    @Test
    void numbersInTheContextCompareNumericallyTextAsText() {
        FeatureFlags flags = flagWith("{ user_id: [123, 1.5] }");
        assertThat(on(flags, "user_id", 123)).isTrue();
        assertThat(on(flags, "user_id", 123L)).isTrue();
        assertThat(on(flags, "user_id", 123.0)).isTrue();
        assertThat(on(flags, "user_id", new BigDecimal("123.00"))).isTrue();
        assertThat(on(flags, "user_id", 1.5f)).isTrue();
        assertThat(on(flags, "user_id", "123")).isTrue();
        assertThat(on(flags, "user_id", "123.0")).isFalse(); // text: "123.0" is not "123"
        assertThat(on(flags, "user_id", "0123")).isFalse();
        assertThat(on(flags, "user_id", 124)).isFalse();

        FeatureFlags big = flagWith("{ user_id: 9007199254740993 }"); // 2^53 + 1
        assertThat(on(big, "user_id", 9007199254740993L)).isTrue();
        assertThat(on(big, "user_id", 9007199254740992L)).isFalse(); // equal as doubles, not as longs
    }

    @Test
    void booleansAndOtherObjectsCompareAsText() {
        FeatureFlags flags = flagWith("{ beta: true }");
        assertThat(on(flags, "beta", true)).isTrue();
        assertThat(on(flags, "beta", "true")).isTrue();
        assertThat(on(flags, "beta", false)).isFalse();
        assertThat(on(flagWith("{ tags: '[a, b]' }"), "tags", List.of("a", "b"))).isTrue(); // List.toString()
    }

    @Test
    void notIn() {
        FeatureFlags flags = flagWith("{ country: { not_in: [US, CA] } }");
        assertThat(on(flags, "country", "DE")).isTrue();
        assertThat(on(flags, "country", "US")).isFalse();
        assertThat(on(flags, "country", "CA")).isFalse();
        // A missing attribute never matches, not_in included: unknown is not "not in the list".
        assertThat(flags.evaluate("f", Map.of()).ruleIndex()).isEqualTo(1);
        assertThat(on(flagWith("{ age: { not_in: [18] } }"), "age", 18)).isFalse();
    }

    @Test
    void numericComparisons() {
        assertThat(on(flagWith("{ age: { lt: 18 } }"), "age", 17)).isTrue();
        assertThat(on(flagWith("{ age: { lt: 18 } }"), "age", 18)).isFalse();
        assertThat(on(flagWith("{ age: { lte: 18 } }"), "age", 18L)).isTrue();
        assertThat(on(flagWith("{ age: { lte: 18 } }"), "age", 18.01)).isFalse();
        assertThat(on(flagWith("{ age: { gt: 18 } }"), "age", "19")).isTrue();
        assertThat(on(flagWith("{ age: { gt: 18 } }"), "age", "18")).isFalse();
        assertThat(on(flagWith("{ score: { gte: 2.5 } }"), "score", "2.5")).isTrue();
        assertThat(on(flagWith("{ score: { gte: 2.5 } }"), "score", "-3e2")).isFalse();
        assertThat(on(flagWith("{ score: { gte: -1 } }"), "score", "+0")).isTrue();
        FeatureFlags range = flagWith("{ age: { gte: 18, lt: 65 } }");
        assertThat(on(range, "age", 30)).isTrue();
        assertThat(on(range, "age", 65)).isFalse();
    }

    @Test
    void numericComparisonsOnNonNumbersDoNotMatchAndDoNotThrow() {
        FeatureFlags gt = flagWith("{ age: { gt: 1 } }");
        for (Object notANumber : new Object[] {"abc", "", "NaN", "Infinity", "0x10", "12d", "1.2.3", "-", true,
                List.of(5), Double.NaN}) {
            assertThat(on(gt, "age", notANumber)).as("%s", notANumber).isFalse();
        }
    }

    @Test
    void semverComparisons() {
        assertThat(on(flagWith("{ v: { semver_eq: 2.1.0 } }"), "v", "2.1.0+build.7")).isTrue();
        assertThat(on(flagWith("{ v: { semver_eq: 2.1.0 } }"), "v", "2.1")).isTrue();
        assertThat(on(flagWith("{ v: { semver_lt: 2.1.0 } }"), "v", "2.1.0-rc.1")).isTrue();
        assertThat(on(flagWith("{ v: { semver_lt: 2.1.0 } }"), "v", "2.1.0")).isFalse();
        assertThat(on(flagWith("{ v: { semver_lte: 2.1.0 } }"), "v", "2.1.0")).isTrue();
        assertThat(on(flagWith("{ v: { semver_gt: 2.1.0 } }"), "v", "2.10.0")).isTrue(); // not text order
        assertThat(on(flagWith("{ v: { semver_gt: 2.1.0 } }"), "v", "2.1.0")).isFalse();
        assertThat(on(flagWith("{ v: { semver_gte: 2.1.0 } }"), "v", "v2.1.0")).isTrue();
        assertThat(on(flagWith("{ v: { semver_gte: 2.1.0 } }"), "v", "banana")).isFalse();
        assertThat(on(flagWith("{ v: { semver_gte: 2.1.0 } }"), "v", 3)).isTrue(); // "3" reads as 3.0.0
    }

    @Test
    void aContextValueThatIsNotQuiteAVersionDoesNotMatchRatherThanFailing() {
        FeatureFlags flags = flagWith("{ app_version: { semver_gte: 2.1.0 } }");

        for (String notAVersion : List.of("2.1.0-rc..1", "2.1.0-rc.", "3.0.0-", "3.0.0+", "3.0.0-" + "a.".repeat(100_000))) {
            Evaluation e = flags.evaluate("f", Map.of("app_version", notAVersion));
            assertThat(e).as(notAVersion).isEqualTo(new Evaluation(false, Reason.TARGETING_MATCH, 1, null));
        }
        assertThat(on(flags, "app_version", "2.1.0-rc.1.0")).isFalse();
        assertThat(on(flags, "app_version", "3.0.0-rc.1")).isTrue();
    }

    @Test
    void numbersInAnyYamlNotationMeanTheSameToTheCheckAndToTheRuntime() {
        FeatureFlags flags = flagWith("{ age: { gte: 0x10 } }");
        assertThat(on(flags, "age", 16)).isTrue();
        assertThat(on(flags, "age", "16")).isTrue();
        assertThat(on(flags, "age", 15)).isFalse();

        assertThat(on(flagWith("{ n: { lt: 1_000 } }"), "n", 999.5)).isTrue();
        assertThat(on(flagWith("{ n: { lt: 1_000 } }"), "n", 1000)).isFalse();
        assertThat(on(flagWith("{ n: { gt: .5 } }"), "n", "0.75")).isTrue();
        assertThat(on(flagWith("{ n: { lte: 0b101 } }"), "n", 5L)).isTrue();
        assertThat(on(flagWith("{ n: { gt: 1e-400 } }"), "n", 0)).as("1e-400 is the double 0.0").isFalse();
        assertThat(on(flagWith("{ id: [0x10, +7] }"), "id", 16)).isTrue();
        assertThat(on(flagWith("{ id: [0x10, +7] }"), "id", "7")).isTrue();
        assertThat(on(flagWith("{ id: [0x10, +7] }"), "id", "0x10")).as("a number, not the text 0x10").isFalse();
    }

    @Test
    void matchesIsAFullMatch() {
        FeatureFlags flags = flagWith("{ user_agent: { matches: '.*Firefox/1[0-9]{2}.*' } }");
        assertThat(on(flags, "user_agent", "Mozilla/5.0 Firefox/128.0")).isTrue();
        assertThat(on(flags, "user_agent", "Mozilla/5.0 Firefox/99.0")).isFalse();
        FeatureFlags beta = flagWith("{ channel: { matches: 'beta' } }");
        assertThat(on(beta, "channel", "beta")).isTrue();
        assertThat(on(beta, "channel", "alphabeta")).isFalse(); // no find() semantics
        assertThat(on(flagWith("{ id: { matches: '[0-9]+' } }"), "id", 42)).isTrue();
    }

    @Test
    void startsWithAndEndsWithAcceptAnyOfAList() {
        FeatureFlags starts = flagWith("{ region: { starts_with: [eu-, uk-] } }");
        assertThat(on(starts, "region", "eu-west-1")).isTrue();
        assertThat(on(starts, "region", "uk-south")).isTrue();
        assertThat(on(starts, "region", "us-east-1")).isFalse();
        assertThat(on(starts, "region", "eu")).isFalse();
        FeatureFlags ends = flagWith("{ host: { ends_with: .internal } }");
        assertThat(on(ends, "host", "db.internal")).isTrue();
        assertThat(on(ends, "host", "db.internal.example.com")).isFalse();
        assertThat(on(ends, "host", ".internal")).isTrue();
    }

    @Test
    void emailDomainIsDerivedFromEmailAndIgnoresCase() {
        FeatureFlags flags = flagWith("{ email_domain: [company.com, Corp.Example] }");
        assertThat(on(flags, "email", "a@company.com")).isTrue();
        assertThat(on(flags, "email", "a@CORP.example")).isTrue();
        assertThat(on(flags, "email", "company.com")).isFalse(); // no '@'
        assertThat(on(flags, "email", "a@sub.company.com")).isFalse();
        assertThat(on(flags, "email_domain", "COMPANY.COM")).isTrue(); // given directly, it wins
        assertThat(on(flagWith("{ email_domain: { ends_with: company.com } }"), "email", "a@sub.Company.com"))
                .isTrue();
        assertThat(on(flagWith("{ email_domain: { matches: 'corp\\.[a-z]+' } }"), "email", "x@CORP.de")).isTrue();
        assertThat(on(flagWith("{ email_domain: { not_in: [gmail.com] } }"), "email", "x@GMAIL.com")).isFalse();
    }

    @Test
    void everyOperatorIsCovered() {
        // Guards this test class: a new Operator needs a test here.
        assertThat(dev.flaglint.model.Operator.values()).hasSize(14);
    }
}
