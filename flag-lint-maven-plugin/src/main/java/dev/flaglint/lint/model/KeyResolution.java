package dev.flaglint.lint.model;

/** How a call site's key was found. */
public enum KeyResolution {
    /** A string literal or text block. */
    LITERAL("literal"),
    /** A constant: a final (or effectively final local) variable or a field with a constant value. */
    CONSTANT("constant"),
    /** A {@code +} concatenation of literals and constants. */
    CONCATENATION("concatenation"),
    /** An enum constant standing for its name. */
    ENUM_NAME("enum-name"),
    /** An enum constant standing for a String constructor argument. */
    ENUM_ARGUMENT("enum-argument"),
    /**
     * An enum constant whose key its constructor computes from the constant's name:
     * {@code name().toLowerCase()}, {@code "team." + name().replace('_', '-')}.
     */
    ENUM_COMPUTED("enum-computed"),
    /**
     * A known key that a wrapper completes ({@code key + "." + environment}): the completed key, or the glob of
     * it when part of what the wrapper adds is only known at run time.
     */
    AFFIXED("affixed"),
    /**
     * A Mockito matcher standing for every key ({@code anyString()}, {@code any()}) in a stub or verification: it
     * names no flag.
     */
    ANY("any"),
    /** Only known at run time. */
    DYNAMIC("dynamic");

    private final String label;

    KeyResolution(String label) {
        this.label = label;
    }

    /** As written in the JSON report. */
    public String label() {
        return label;
    }

    /** The resolution labelled {@code label}. */
    public static KeyResolution byLabel(String label) {
        for (KeyResolution r : values()) {
            if (r.label.equals(label)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no key resolution '" + label + "'");
    }
}
