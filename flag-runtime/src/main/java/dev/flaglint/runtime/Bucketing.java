package dev.flaglint.runtime;

import java.nio.charset.StandardCharsets;

/**
 * Rollout bucketing, exactly as DESIGN.md § Rollout bucketing, so other languages can match it:
 * {@code h = murmur3_x86_32(UTF-8 bytes of flagKey + ":" + unit, seed 0)} read as unsigned 32 bit,
 * {@code bucket = (h * 10000) >>> 32} (0–9999), in the rollout iff {@code bucket < percent * 100}.
 *
 * <p>Murmur3 is written here by hand rather than taken from a library: it is twenty lines, it sits on
 * the hot path of every rollout, and hashing a precomputed key prefix followed by the unit's chars
 * encoded to UTF-8 on the fly means an evaluation allocates nothing.
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

    /**
     * Plain murmur3_x86_32 of a byte array, seed 0, written the classic block-by-block way: the
     * independent reference the streaming {@link Prefix} is tested against.
     */
    public static int murmur3(byte[] data) {
        int h1 = 0;
        int blocks = data.length / 4;
        for (int i = 0; i < blocks; i++) {
            int k1 = (data[4 * i] & 0xff) | (data[4 * i + 1] & 0xff) << 8 | (data[4 * i + 2] & 0xff) << 16
                    | (data[4 * i + 3] & 0xff) << 24;
            h1 = mixH1(h1, k1);
        }
        int k1 = 0;
        for (int i = data.length - 1; i >= blocks * 4; i--) {
            k1 = (k1 << 8) | (data[i] & 0xff);
        }
        return finish(h1, k1, data.length);
    }

    /** The unsigned hash mapped onto 0–9999. */
    static int toBucket(int hash) {
        return (int) (((hash & 0xffffffffL) * BUCKETS) >>> 32);
    }

    /**
     * The hash state after {@code flagKey + ":"}, computed once per flag at load, so an evaluation only
     * hashes the unit. Immutable.
     */
    public static final class Prefix {

        /** h1 after the prefix's complete 4-byte blocks. */
        private final int h1;
        /** The prefix's trailing bytes (0–3 of them), little-endian, waiting for the unit's first bytes. */
        private final int open;
        private final int length;

        private Prefix(int h1, int open, int length) {
            this.h1 = h1;
            this.open = open;
            this.length = length;
        }

        public static Prefix of(String flagKey) {
            byte[] bytes = (flagKey + ":").getBytes(StandardCharsets.UTF_8);
            int blocks = bytes.length / 4;
            int h1 = 0;
            for (int i = 0; i < blocks; i++) {
                int k1 = (bytes[4 * i] & 0xff) | (bytes[4 * i + 1] & 0xff) << 8 | (bytes[4 * i + 2] & 0xff) << 16
                        | (bytes[4 * i + 3] & 0xff) << 24;
                h1 = mixH1(h1, k1);
            }
            int open = 0;
            for (int i = blocks * 4; i < bytes.length; i++) {
                open |= (bytes[i] & 0xff) << ((i & 3) << 3);
            }
            return new Prefix(h1, open, bytes.length);
        }

        /**
         * The bucket of a text unit. Allocates nothing. Most units (ids, emails, UUIDs) are ASCII, one byte per
         * char: this loop packs four chars into a block without branching on each, and only when a char turned out
         * not to be ASCII hashes the unit again with the UTF-8 encoder. Kept small so the JIT inlines it into the
         * evaluation. The prefix may leave 0–3 bytes open; {@code open} carries them ahead of the unit's bytes.
         */
        public int bucket(String unit) {
            int len = unit.length();
            int shift = (length & 3) << 3;
            long open = this.open; // the bytes not yet in a block, lowest first; `shift` bits of them
            int h1 = this.h1;
            int seen = 0; // every char or'ed together: 0x80 or more means a char was not ASCII
            int i = 0;
            for (; i + 4 <= len; i += 4) {
                int c0 = unit.charAt(i);
                int c1 = unit.charAt(i + 1);
                int c2 = unit.charAt(i + 2);
                int c3 = unit.charAt(i + 3);
                seen |= c0 | c1 | c2 | c3;
                long block = open | (c0 | c1 << 8 | c2 << 16 | (long) c3 << 24) << shift;
                h1 = mixH1(h1, (int) block);
                open = block >>> 32;
            }
            for (; i < len; i++) {
                int c = unit.charAt(i);
                seen |= c;
                open |= (long) c << shift;
                shift += 8;
                if (shift == 32) {
                    h1 = mixH1(h1, (int) open);
                    open = 0;
                    shift = 0;
                }
            }
            if (seen >= 0x80) {
                return bucketUtf8(unit);
            }
            return toBucket(finish(h1, (int) open, length + len));
        }

        /** The bucket of any text unit, its chars encoded to UTF-8 on the fly, one at a time. Allocates nothing. */
        private int bucketUtf8(String unit) {
            int h1 = this.h1;
            int k = open;
            int n = length;
            int len = unit.length();
            for (int i = 0; i < len; i++) {
                char c = unit.charAt(i);
                int utf8; // up to four bytes, first byte lowest
                int count;
                if (c < 0x80) {
                    utf8 = c;
                    count = 1;
                } else if (c < 0x800) {
                    utf8 = (0xc0 | (c >>> 6)) | (0x80 | (c & 0x3f)) << 8;
                    count = 2;
                } else if (!Character.isSurrogate(c)) {
                    utf8 = (0xe0 | (c >>> 12)) | (0x80 | ((c >>> 6) & 0x3f)) << 8 | (0x80 | (c & 0x3f)) << 16;
                    count = 3;
                } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(unit.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, unit.charAt(++i));
                    utf8 = (0xf0 | (cp >>> 18)) | (0x80 | ((cp >>> 12) & 0x3f)) << 8
                            | (0x80 | ((cp >>> 6) & 0x3f)) << 16 | (0x80 | (cp & 0x3f)) << 24;
                    count = 4;
                } else {
                    utf8 = '?'; // what String.getBytes(UTF_8) writes for an unpaired surrogate
                    count = 1;
                }
                for (int j = 0; j < count; j++) {
                    k |= ((utf8 >>> (j << 3)) & 0xff) << ((n & 3) << 3);
                    if ((n & 3) == 3) {
                        h1 = mixH1(h1, k);
                        k = 0;
                    }
                    n++;
                }
            }
            return toBucket(finish(h1, k, n));
        }

        /** The bucket of an integral unit, hashed as its decimal digits. Allocates nothing. */
        public int bucket(long unit) {
            int h1 = this.h1;
            int k = open;
            int n = length;
            if (unit < 0) {
                k |= '-' << ((n & 3) << 3);
                if ((n & 3) == 3) {
                    h1 = mixH1(h1, k);
                    k = 0;
                }
                n++;
            }
            // Work with the negative magnitude so Long.MIN_VALUE needs no special case.
            long negative = unit < 0 ? unit : -unit;
            long divisor = 1;
            while (negative / divisor <= -10) {
                divisor *= 10;
            }
            while (divisor != 0) {
                int digit = (int) -(negative / divisor);
                negative += digit * divisor;
                divisor /= 10;
                k |= ('0' + digit) << ((n & 3) << 3);
                if ((n & 3) == 3) {
                    h1 = mixH1(h1, k);
                    k = 0;
                }
                n++;
            }
            return toBucket(finish(h1, k, n));
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

    /** One complete 4-byte block into h1. */
    private static int mixH1(int h1, int k1) {
        h1 ^= mixK1(k1);
        return Integer.rotateLeft(h1, 13) * 5 + 0xe6546b64;
    }

    /** The tail (0–3 bytes in {@code tail}) and the final avalanche. */
    private static int finish(int h1, int tail, int length) {
        if ((length & 3) != 0) {
            h1 ^= mixK1(tail); // the tail is mixed into h1 without the block step
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
