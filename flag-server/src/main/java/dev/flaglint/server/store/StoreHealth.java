package dev.flaglint.server.store;

/**
 * Whether the store can take writes now, for {@code /readyz}.
 *
 * @param reachable false when the last write failed or the store cannot be reached
 * @param kind      {@code file} or {@code postgres}
 * @param detail    where it is, or why it is not reachable
 */
public record StoreHealth(boolean reachable, String kind, String detail) {
}
