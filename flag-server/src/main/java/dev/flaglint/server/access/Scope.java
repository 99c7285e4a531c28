package dev.flaglint.server.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a token may do; each scope includes the ones before it ({@code evaluate ⊂ sdk ⊂ admin}). */
public enum Scope {
    /** Evaluate flags: OFREP, {@code GET /flags/{key}}, the change stream. */
    EVALUATE,
    /** Also read the effective definitions, to evaluate locally ({@code GET /flags}). */
    SDK,
    /** Also change overrides and read the audit log. */
    ADMIN;

    public boolean includes(Scope required) {
        return ordinal() >= required.ordinal();
    }

    /** The name in the tokens file: {@code evaluate}, {@code sdk}, {@code admin}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scope> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
    }

    /** "evaluate, sdk, admin", for messages. */
    public static String names() {
        return Arrays.stream(values()).map(Scope::wireName).collect(Collectors.joining(", "));
    }
}
