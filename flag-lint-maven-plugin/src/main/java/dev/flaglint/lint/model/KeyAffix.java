package dev.flaglint.lint.model;

/**
 * The text a wrapper puts around the key its callers pass, as globs: {@code unleash.isEnabled(key + "." +
 * environment)} is the suffix {@code .*}, {@code unleash.isEnabled("team." + key)} the prefix {@code team.}.
 *
 * @param prefix what comes before the caller's key; {@code *} for a part only known at run time
 * @param suffix what comes after it
 */
public record KeyAffix(String prefix, String suffix) {

    /** No affix: the caller's key is the flag key. */
    public static final KeyAffix NONE = new KeyAffix("", "");

    public KeyAffix {
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    public boolean isNone() {
        return prefix.isEmpty() && suffix.isEmpty();
    }

    /** The flag key, or its glob, for a caller's key or key glob. */
    public String around(String key) {
        return (prefix + key + suffix).replaceAll("\\*+", "*");
    }

    /** This affix applied inside {@code outer}: a wrapper of a wrapper that adds its own. */
    public KeyAffix within(KeyAffix outer) {
        return new KeyAffix(outer.prefix + prefix, suffix + outer.suffix);
    }

    /** As the JSON report shows it: {@code {key}.*}. */
    public String template() {
        return prefix + "{key}" + suffix;
    }
}
