package dev.flaglint.runtime;

import java.nio.charset.StandardCharsets;

/**
 * Rollout bucketing, exactly as DESIGN.md § Rollout bucketing, so other languages can match it:
 * {@code h = murmur3_x86_32(UTF-8 bytes of flagKey + ":" + unit, seed 0)} read as unsigned 32 bit,
 * {@code bucket = (h * 10000) >>> 32} (0–9999), in the rollout iff {@code bucket < percent * 100}.
 *
 * <p>Murmur3 is written here by hand rather than taken from a library: it is twenty lines, it sits on
 * the hot path of every rollout, and hashing a precomputed key prefix followed by the unit's chars
 * encoded to UTF-8 on the fly means an evaluation allocates nothing. The whole hash state fits in a
 * {@code long} (running h1 in the high half, the partly filled 4-byte block in the low half), so the
 * byte-by-byte feeding below is plain arithmetic on locals.
 *
 * <p>The unit's text: a {@code String} as is; an {@code Integer}, {@code Long}, {@code Short} or
 * {@code Byte} as its decimal digits (so {@code 42} and {@code "42"} land in the same bucket);
 * anything else as its {@code toString()}. Unpaired surrogates encode as {@code '?'}, like
 * {@link String#getBytes(java.nio.charset.Charset)}.
 */
public final class Bucketing {

    /** Buckets per flag; a percent step of 0.01 is one bucket. */
    public static final int BUCKETS = 10_000;

    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private Bucketing() {
    }

    /** The bucket (0–9999) of {@code unit} for {@code flagKey}. Convenience form; allocates. */
    public static int bucket(String flagKey, String unit) {
        return Prefix.of(flagKey).bucket(unit);
    }

    /** The threshold for a percent with at most two decimals: units with a bucket below it are in. */
    public static int threshold(double percent) {
        return (int) Math.round(percent * 100);
    }

    /** Plain murmur3_x86_32 of a byte array, seed 0; the reference the streaming form must agree with. */
    public static int murmur3(byte[] data) {
        long state = 0;
        for (int i = 0; i < data.length; i++) {
            state = feed(state, i, data[i]);
        }
        return finish(state, data.length);
    }

    /** The unsigned hash mapped onto 0–9999. */
    static int toBucket(int hash) {
        return (int) (((hash & 0xffffffffL) * BUCKETS) >>> 32);
    }

    /**
     * The hash state after {@code flagKey + ":"}; computed once per flag at load, so an evaluation only
     * hashes the unit.
     */
    public record Prefix(long state, int length) {

        public static Prefix of(String flagKey) {
            byte[] bytes = (flagKey + ":").getBytes(StandardCharsets.UTF_8);
            long state = 0;
            for (int i = 0; i < bytes.length; i++) {
                state = feed(state, i, bytes[i]);
            }
            return new Prefix(state, bytes.length);
        }

        /** The bucket of a text unit. Allocates nothing. */
        public int bucket(String unit) {
            long state = this.state;
            int n = length;
            int len = unit.length();
            for (int i = 0; i < len; i++) {
                char c = unit.charAt(i);
                if (c < 0x80) {
                    state = feed(state, n++, c);
                } else if (c < 0x800) {
                    state = feed(state, n++, 0xc0 | (c >>> 6));
                    state = feed(state, n++, 0x80 | (c & 0x3f));
                } else if (Character.isSurrogate(c)) {
                    char low = i + 1 < len ? unit.charAt(i + 1) : 0;
                    if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                        int cp = Character.toCodePoint(c, low);
                        i++;
                        state = feed(state, n++, 0xf0 | (cp >>> 18));
                        state = feed(state, n++, 0x80 | ((cp >>> 12) & 0x3f));
                        state = feed(state, n++, 0x80 | ((cp >>> 6) & 0x3f));
                        state = feed(state, n++, 0x80 | (cp & 0x3f));
                    } else {
                        state = feed(state, n++, '?'); // what String.getBytes(UTF_8) writes for a lone surrogate
                    }
                } else {
                    state = feed(state, n++, 0xe0 | (c >>> 12));
                    state = feed(state, n++, 0x80 | ((c >>> 6) & 0x3f));
                    state = feed(state, n++, 0x80 | (c & 0x3f));
                }
            }
            return toBucket(finish(state, n));
        }

        /** The bucket of an integral unit, hashed as its decimal digits. Allocates nothing. */
        public int bucket(long unit) {
            long state = this.state;
            int n = length;
            if (unit < 0) {
                state = feed(state, n++, '-');
            }
            // Work with the negative magnitude so Long.MIN_VALUE needs no special case.
            long negative = unit < 0 ? unit : -unit;
            long divisor = 1;
            while (negative / divisor <= -10) {
                divisor *= 10;
            }
            while (divisor != 0) {
                int digit = (int) -(negative / divisor);
                state = feed(state, n++, '0' + digit);
                negative += digit * divisor;
                divisor /= 10;
            }
            return toBucket(finish(state, n));
        }

        /** The bucket of a context value (see the class comment for how it becomes text). */
        public int bucket(Object unit) {
            if (unit instanceof String s) {
                return bucket(s);
            }
            if (unit instanceof Integer || unit instanceof Long || unit instanceof Short || unit instanceof Byte) {
                return bucket(((Number) unit).longValue());
            }
            return bucket(String.valueOf(unit));
        }
    }

    /** Adds byte number {@code index} to the state (h1 in the high 32 bits, the open block in the low). */
    private static long feed(long state, int index, int b) {
        int shift = (index & 3) << 3;
        int block = (int) state | ((b & 0xff) << shift);
        if (shift != 24) {
            return (state & 0xffffffff00000000L) | (block & 0xffffffffL);
        }
        int h1 = (int) (state >>> 32) ^ mixK1(block);
        h1 = Integer.rotateLeft(h1, 13) * 5 + 0xe6546b64;
        return (long) h1 << 32;
    }

    private static int finish(long state, int length) {
        int h1 = (int) (state >>> 32);
        if ((length & 3) != 0) {
            h1 ^= mixK1((int) state); // the tail: mixed into h1 without the block step
        }
        h1 ^= length;
        h1 ^= h1 >>> 16;
        h1 *= 0x85ebca6b;
        h1 ^= h1 >>> 13;
        h1 *= 0xc2b2ae35;
        h1 ^= h1 >>> 16;
        return h1;
    }

    private static int mixK1(int k1) {
        k1 *= C1;
        k1 = Integer.rotateLeft(k1, 15);
        return k1 * C2;
    }
}
