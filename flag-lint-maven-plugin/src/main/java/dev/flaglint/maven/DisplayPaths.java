package dev.flaglint.maven;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The values of the {@code displayPaths} parameter: where the console's paths start. */
enum DisplayPaths {
    /** At the checked module, as Checkstyle prints them. */
    MODULE,
    /** At the directory the build was started in, so each path opens from there. */
    REACTOR;

    /** The value a user wrote ({@code null} or blank: the default). */
    static DisplayPaths of(String value) {
        if (value == null || value.isBlank()) {
            return MODULE;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("displayPaths is " + Arrays.stream(values())
                    .map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or ")) + ", not '"
                    + value + "'");
        }
    }
}
