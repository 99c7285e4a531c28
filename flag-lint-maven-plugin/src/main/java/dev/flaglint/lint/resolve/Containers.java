package dev.flaglint.lint.resolve;

import java.util.Map;
import java.util.Set;

/**
 * Library types that hold a value of their type argument, as dependency injection and optional
 * wiring use them: {@code Optional<FeatureFlags>}, {@code Provider<FeatureFlags>},
 * {@code ObjectProvider<FeatureFlags>}. Their getters return the type argument, and their
 * callbacks hand it to a lambda, so a flag call through them is still recognised.
 */
final class Containers {

    private static final Set<String> OPTIONAL_GETTERS = Set.of("get", "orElse", "orElseThrow", "orElseGet");

    private static final Map<String, Set<String>> GETTERS = Map.of(
            "java.util.Optional", OPTIONAL_GETTERS,
            "java.util.function.Supplier", Set.of("get"),
            "javax.inject.Provider", Set.of("get"),
            "jakarta.inject.Provider", Set.of("get"),
            "com.google.inject.Provider", Set.of("get"),
            "org.springframework.beans.factory.ObjectProvider",
            Set.of("getObject", "getIfAvailable", "getIfUnique"),
            "java.util.concurrent.atomic.AtomicReference", Set.of("get"));

    private static final Map<String, Set<String>> CALLBACKS = Map.of(
            "java.util.Optional", Set.of("ifPresent", "ifPresentOrElse", "map", "filter", "flatMap"),
            "org.springframework.beans.factory.ObjectProvider", Set.of("ifAvailable", "ifUnique"));

    private Containers() {
    }

    /** Whether {@code method} of {@code container} returns the type argument. */
    static boolean unwraps(String container, String method) {
        return GETTERS.getOrDefault(container, Set.of()).contains(method);
    }

    /** Whether {@code method} of {@code container} hands the type argument to its lambda. */
    static boolean passesElement(String container, String method) {
        return CALLBACKS.getOrDefault(container, Set.of()).contains(method);
    }
}
