package dev.flaglint.server.service;

import java.time.Instant;
import java.util.Set;

/**
 * A new configuration is in force.
 *
 * @param version      its version (what changed: the file, an override, or both)
 * @param lastModified when it changed
 * @param flags        the keys whose effective definition changed, appeared or disappeared
 */
public record ConfigurationChange(String version, Instant lastModified, Set<String> flags) {

    public ConfigurationChange {
        flags = Set.copyOf(flags);
    }
}
