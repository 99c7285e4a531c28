package dev.flaglint.lint.model;

/** Where a flag API comes from: a preset of a known SDK, the user's configuration, or a detected wrapper. */
public enum ApiOrigin {
    FLAG_RUNTIME("flag-runtime"),
    OPENFEATURE("openfeature"),
    LAUNCHDARKLY("launchdarkly"),
    UNLEASH("unleash"),
    FF4J("ff4j"),
    TOGGLZ("togglz"),
    /** An {@code <api>} of the plugin configuration. */
    CONFIG("config"),
    /** A method of the sources that passes its parameter to a flag API as the key. */
    WRAPPER("wrapper");

    private final String label;

    ApiOrigin(String label) {
        this.label = label;
    }

    /** As written in the JSON report; for a preset, its name. */
    public String label() {
        return label;
    }

    /** The origin labelled {@code label}. */
    public static ApiOrigin byLabel(String label) {
        for (ApiOrigin o : values()) {
            if (o.label.equals(label)) {
                return o;
            }
        }
        throw new IllegalArgumentException("no API origin '" + label + "'");
    }
}
