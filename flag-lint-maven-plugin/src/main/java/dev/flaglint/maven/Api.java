package dev.flaglint.maven;

import dev.flaglint.lint.FlagApi;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** One {@code <api>} element of the plugin configuration. */
public class Api {

    /** The receiver's fully qualified class name. */
    private String type;

    /** Comma-separated method names, e.g. {@code isOn,isOff}. */
    private String methods;

    /** Which argument is the key (0-based). */
    private int keyArgument;

    FlagApi toFlagApi() {
        Set<String> names = methods == null ? Set.of() : Arrays.stream(methods.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new FlagApi(type == null ? null : type.trim(), names, keyArgument);
    }
}
