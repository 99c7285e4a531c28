package dev.flaglint.lint.source;

/**
 * 64-bit FNV-1a over bytes: fast, no allocation, no security provider to load. For telling inputs
 * apart where nothing is adversarial (identifiers in the prefilter, file contents and configuration
 * in the scan index), never for security.
 */
public final class Fnv1a {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    /** A second lane with another offset and prime, for 128 bits. */
    private static final long OFFSET_2 = 0x84222325cbf29ce4L;
    private static final long PRIME_2 = 0x100000001b5L;

    private Fnv1a() {
    }

    public static long hash(byte[] bytes) {
        return hash(bytes, 0, bytes.length);
    }

    /** The hash of {@code bytes[from, to)}. */
    public static long hash(byte[] bytes, int from, int to) {
        long h = OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ (bytes[i] & 0xff)) * PRIME;
        }
        return h;
    }

    /** 128 bits from two lanes, as hex: enough to tell configurations apart. */
    public static String hash128(byte[] bytes) {
        long b = OFFSET_2;
        for (byte x : bytes) {
            b = (b ^ (x & 0xff)) * PRIME_2;
        }
        return Long.toHexString(hash(bytes)) + Long.toHexString(b);
    }
}
