package dev.flaglint.runtime;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The properties DESIGN.md promises of the rollout: determinism, monotonicity, independence, uniformity. */
class BucketingPropertiesTest {

    /** For 99 degrees of freedom; see {@link #uniform}. */
    private static final double CHI_SQUARE_LIMIT = 190;

    @Property(tries = 1000)
    void streamingHashEqualsHashOfTheUtf8Bytes(@ForAll @StringLength(max = 40) String key,
                                               @ForAll @StringLength(max = 40) String unit) {
        byte[] bytes = (key + ":" + unit).getBytes(StandardCharsets.UTF_8);
        assertThat(Bucketing.Prefix.of(key).bucket(unit)).isEqualTo(Bucketing.toBucket(Bucketing.murmur3(bytes)));
    }

    /** ASCII units take the four-chars-per-block fast path at every alignment of the key prefix. */
    @Property(tries = 1000)
    void streamingHashEqualsHashOfTheBytesForAsciiUnits(@ForAll("keys") String key, @ForAll("asciiUnits") String unit) {
        byte[] bytes = (key + ":" + unit).getBytes(StandardCharsets.UTF_8);
        assertThat(Bucketing.Prefix.of(key).bucket(unit)).isEqualTo(Bucketing.toBucket(Bucketing.murmur3(bytes)));
    }

    @Property(tries = 1000)
    void deterministic(@ForAll("keys") String key, @ForAll String unit) {
        int first = Bucketing.bucket(key, unit);
        assertThat(Bucketing.Prefix.of(key).bucket(unit)).isEqualTo(first);
        assertThat(first).isBetween(0, 9999);
    }

    /** Raising the percent never drops a unit: in at p implies in at any q ≥ p. */
    @Property(tries = 1000)
    void monotonicInPercent(@ForAll("keys") String key, @ForAll String unit,
                            @ForAll @IntRange(max = 10_000) int lowHundredths,
                            @ForAll @IntRange(max = 10_000) int extraHundredths) {
        int high = Math.min(10_000, lowHundredths + extraHundredths);
        int bucket = Bucketing.bucket(key, unit);
        boolean inLow = bucket < Bucketing.threshold(lowHundredths / 100.0);
        boolean inHigh = bucket < Bucketing.threshold(high / 100.0);
        assertThat(!inLow || inHigh).isTrue();
    }

    /**
     * Two flags at 50 % share about 25 % of the units (not 50 %, as a per-unit hash without the key would).
     * 20,000 units: the overlap count is Binomial(20000, 0.25), sd ≈ 61; ±1.7 % is ±340, about 5.5 sd
     * (a chance failure about once in a million builds), while a hash that ignored the key would give 50 %.
     */
    @Property(tries = 20)
    void independentAcrossFlags(@ForAll("keys") String a, @ForAll("keys") String b) {
        if (a.equals(b)) {
            return;
        }
        Bucketing.Prefix pa = Bucketing.Prefix.of(a);
        Bucketing.Prefix pb = Bucketing.Prefix.of(b);
        int units = 20_000;
        int both = 0;
        for (int i = 0; i < units; i++) {
            if (pa.bucket((long) i) < 5000 && pb.bucket((long) i) < 5000) {
                both++;
            }
        }
        assertThat(both / (double) units).isBetween(0.233, 0.267);
    }

    /**
     * Uniform over the buckets: 200,000 unit ids into 100 bins (1 % of percent each). With 99 degrees of
     * freedom the chi-square statistic has mean 99 and sd 14; P(χ² > 190) ≈ 1.2e-7 (Wilson–Hilferty), so
     * five tries fail by chance about once in a million builds. A biased hash fails by a wide margin:
     * String.hashCode on "user-N" ids scores about 8,000,000 ({@link #chiSquareDetectsABiasedHash()}).
     */
    @Property(tries = 5)
    void uniform(@ForAll("keys") String key, @ForAll("unitPrefixes") String unitPrefix) {
        Bucketing.Prefix prefix = Bucketing.Prefix.of(key);
        int[] bins = new int[100];
        int units = 200_000;
        for (int i = 0; i < units; i++) {
            bins[prefix.bucket(unitPrefix + i) / 100]++;
        }
        assertThat(chiSquare(bins, units)).isLessThan(CHI_SQUARE_LIMIT);
    }

    @Example
    void chiSquareDetectsABiasedHash() {
        int[] bins = new int[100];
        int units = 200_000;
        for (int i = 0; i < units; i++) {
            int h = ("user-" + i).hashCode();
            bins[(int) (((h & 0xffffffffL) * 10_000) >>> 32) / 100]++;
        }
        assertThat(chiSquare(bins, units)).isGreaterThan(CHI_SQUARE_LIMIT);
    }

    static double chiSquare(int[] bins, int units) {
        double expected = units / (double) bins.length;
        double chi = 0;
        for (int observed : bins) {
            chi += (observed - expected) * (observed - expected) / expected;
        }
        return chi;
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars("-_.0123456789").ofMinLength(1).ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> asciiUnits() {
        Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(40);
        Arbitrary<String> mixed = Arbitraries.strings().ascii().withChars("é€😀\ud800").ofMaxLength(40);
        return Arbitraries.oneOf(ascii, ascii, mixed);
    }

    @Provide
    Arbitrary<String> unitPrefixes() {
        return Arbitraries.of("", "user-", "u", "account:", "tenant-42/");
    }
}
