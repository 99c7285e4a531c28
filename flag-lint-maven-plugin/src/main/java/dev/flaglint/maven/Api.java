package dev.flaglint.maven;

import dev.flaglint.lint.model.ApiOrigin;
import dev.flaglint.lint.model.FlagApi;

import java.util.Arrays;
import java.util.Locale;
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

    /** For keys passed as enum constants: {@code name} (the constant's name) or {@code argument} (its first String constructor argument). */
    private String enumKey = "name";

    /** The receiver is itself the key (an enum constant, as in {@code Features.X.isActive()}). */
    private boolean keyIsReceiver;

    FlagApi toFlagApi() {
        Set<String> names = methods == null ? Set.of() : Arrays.stream(methods.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new FlagApi(type == null ? null : type.trim(), names, keyArgument, keyIsReceiver, enumKey(),
                ApiOrigin.CONFIG);
    }

    private FlagApi.EnumKey enumKey() {
        return switch (enumKey == null ? "name" : enumKey.trim().toLowerCase(Locale.ROOT)) {
            case "name" -> FlagApi.EnumKey.NAME;
            case "argument" -> FlagApi.EnumKey.ARGUMENT;
            default -> throw new IllegalArgumentException("flag API " + type + ": <enumKey> is 'name' or 'argument', not '"
                    + enumKey + "'");
        };
    }
}
