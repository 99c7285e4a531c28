package dev.flaglint.model;

import java.util.Map;
import java.util.Optional;

/**
 * One declared flag: its metadata and how it evaluates, by default and per environment.
 *
 * @param key          the flag key
 * @param position     where the key is declared
 * @param metadata     owner, dates, ticket
 * @param targeting    evaluation settings when no environment override applies
 * @param environments environment name to the effective settings there (overrides already merged)
 * @param valid        false when the flag has an error; evaluation then falls back to the caller's default
 */
public record Flag(String key, Position position, Metadata metadata, Targeting targeting,
                   Map<String, Targeting> environments, boolean valid) {
    public Flag {
        environments = Map.copyOf(environments);
    }

    /** The settings in force in {@code environment} ({@code null} or unknown: the defaults). */
    public Targeting targeting(String environment) {
        if (environment == null) {
            return targeting;
        }
        return Optional.ofNullable(environments.get(environment)).orElse(targeting);
    }
}
