package dev.flaglint.server.store;

import java.util.Locale;
import java.util.Optional;

/** What a change did to a flag. */
public enum AuditAction {
    /** Replaced the flag's evaluation fields with an override. */
    OVERRIDE,
    /** Removed the override: the flag evaluates as flags.yaml says again. */
    RESET;

    /** The name in JSON and in the audit log: {@code override}, {@code reset}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AuditAction> fromWireName(String name) {
        for (AuditAction a : values()) {
            if (a.wireName().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
