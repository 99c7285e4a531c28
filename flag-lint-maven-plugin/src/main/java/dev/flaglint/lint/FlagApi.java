package dev.flaglint.lint;

import java.util.Set;

/**
 * A method family that takes a flag key: calls of {@code methods} on a receiver of {@code type}
 * (fully qualified) carry the key in argument {@code keyArgument}.
 */
public record FlagApi(String type, Set<String> methods, int keyArgument) {

    /** flag-runtime's own API, checked when nothing else is configured. */
    public static final FlagApi FLAG_RUNTIME =
            new FlagApi("dev.flaglint.runtime.FeatureFlags", Set.of("isEnabled", "evaluate"), 0);

    public FlagApi {
        methods = Set.copyOf(methods);
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("a flag API needs a <type>, the receiver's fully qualified class name");
        }
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("flag API " + type + " needs <methods>, e.g. isEnabled,isOn");
        }
        if (keyArgument < 0) {
            throw new IllegalArgumentException("flag API " + type + ": <keyArgument> must be 0 or more");
        }
    }

    public String simpleTypeName() {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    public String packageName() {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "" : type.substring(0, dot);
    }

    /** {@code Type#method} for reports. */
    public String describe(String method) {
        return type + "#" + method;
    }
}
