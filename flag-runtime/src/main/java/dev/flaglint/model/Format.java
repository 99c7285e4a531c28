package dev.flaglint.model;

import java.util.Locale;

/** The two syntaxes a flags file may be written in; they carry the same schema. */
public enum Format {
    YAML, JSON;

    /** JSON for a {@code .json} name, YAML otherwise ({@code .yaml}, {@code .yml}). */
    public static Format ofFileName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }
}
