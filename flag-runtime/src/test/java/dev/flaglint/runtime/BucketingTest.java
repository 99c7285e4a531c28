package dev.flaglint.runtime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Murmur3 against published vectors, and the golden (key, unit, bucket) table of the docs. */
class BucketingTest {

    /**
     * murmur3_x86_32, seed 0. The first three are the widely published vectors (SMHasher / Wikipedia);
     * all were cross-checked against Guava's {@code Hashing.murmur3_32_fixed(0)}.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                                          | 00000000
            hello                                       | 248bfa47
            The quick brown fox jumps over the lazy dog | 2e4ff723
            a                                           | 3c2569b2
            ab                                          | 9bbfd75f
            abc                                         | b3dd93fa
            abcd                                        | 43ed676a
            héllo                                       | bc9fa068
            😀                                          | beb42efa
            """)
    void murmur3MatchesKnownVectors(String input, String hex) {
        int expected = Integer.parseUnsignedInt(hex, 16);
        assertThat(Bucketing.murmur3(input.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    /** Golden vectors, published in docs/RUNTIME.md: any implementation in any language must agree. */
    @ParameterizedTest(name = "{0} : {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            new-checkout         | 42                | 9532
            new-checkout         | user-1            | 5192
            new-checkout         | ''                | 9506
            new_algorithm        | 123               | 9294
            new_algorithm        | alice@example.com | 8453
            new_algorithm        | user-14           | 28
            new_algorithm        | user-22           | 1734
            new_algorithm        | user-39           | 1058
            payments-kill-switch | 0                 | 2299
            a                    | b                 | 6338
            dark-mode            | Zoë               | 9586
            dark-mode            | 😀                | 7638
            search.v2            | 9999999999        | 8001
            """)
    void goldenVectors(String key, String unit, int bucket) {
        assertThat(Bucketing.bucket(key, unit)).isEqualTo(bucket);
    }

    @Test
    void integralUnitsHashAsTheirDecimalText() {
        Bucketing.Prefix prefix = Bucketing.Prefix.of("new_algorithm");
        assertThat(prefix.bucket(123L)).isEqualTo(9294);
        assertThat(prefix.bucket((Object) 123)).isEqualTo(9294);
        assertThat(prefix.bucket((Object) (short) 123)).isEqualTo(9294);
        for (long n : new long[] {0, 7, -7, 10, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MIN_VALUE}) {
            assertThat(prefix.bucket(n)).as("unit %d", n).isEqualTo(prefix.bucket(Long.toString(n)));
        }
    }

    @Test
    void otherUnitsHashAsTheirText() {
        Bucketing.Prefix prefix = Bucketing.Prefix.of("f");
        assertThat(prefix.bucket((Object) 1.5)).isEqualTo(prefix.bucket("1.5"));
        assertThat(prefix.bucket((Object) Boolean.TRUE)).isEqualTo(prefix.bucket("true"));
    }

    @Test
    void loneSurrogatesHashLikeStringGetBytes() {
        for (String unit : new String[] {"\ud800", "a\udc00b", "\ud83d", "x\ud83d\ude00\ud83d"}) {
            byte[] bytes = ("k:" + unit).getBytes(StandardCharsets.UTF_8);
            assertThat(Bucketing.Prefix.of("k").bucket(unit))
                    .isEqualTo(Bucketing.toBucket(Bucketing.murmur3(bytes)));
        }
    }

    @Test
    void thresholdIsPercentTimesOneHundred() {
        assertThat(Bucketing.threshold(0)).isZero();
        assertThat(Bucketing.threshold(10)).isEqualTo(1000);
        assertThat(Bucketing.threshold(0.01)).isEqualTo(1);
        assertThat(Bucketing.threshold(33.33)).isEqualTo(3333);
        assertThat(Bucketing.threshold(100)).isEqualTo(10_000);
    }

    @Test
    void bucketsSpanTheFullRange() {
        assertThat(Bucketing.toBucket(0)).isZero();
        assertThat(Bucketing.toBucket(-1)).isEqualTo(9999); // 0xffffffff
        assertThat(Bucketing.toBucket(Integer.MIN_VALUE)).isEqualTo(5000); // 2^31
    }
}
