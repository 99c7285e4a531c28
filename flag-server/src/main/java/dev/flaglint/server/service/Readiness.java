package dev.flaglint.server.service;

import dev.flaglint.server.source.RejectedVersion;
import dev.flaglint.server.store.StoreHealth;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code /readyz} reports.
 *
 * @param flagsFile        where the definitions come from
 * @param flagsVersion     the content version in force
 * @param loadedAt         when it was taken
 * @param flagCount        how many flags it declares
 * @param rejected         a newer version refused for its errors (the one in force keeps serving)
 * @param store            whether the store takes writes
 * @param orphanOverrides  overrides of flags no longer declared: kept, but inert until the flag is declared again
 * @param invalidOverrides overrides the model refuses (written by another version?), by key: inert
 */
public record Readiness(String flagsFile, String flagsVersion, Instant loadedAt, int flagCount,
                        Optional<RejectedVersion> rejected, StoreHealth store, Set<String> orphanOverrides,
                        Map<String, String> invalidOverrides) {

    /**
     * Ready when flags are loaded (always, once started) and the store is not {@linkplain
     * StoreHealth.Status#UNREACHABLE unreachable}; a shared database that is away for every replica leaves them
     * ready, answering from memory.
     */
    public boolean ready() {
        return store.status() != StoreHealth.Status.UNREACHABLE;
    }
}
