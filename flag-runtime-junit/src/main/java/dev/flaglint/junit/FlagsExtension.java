package dev.flaglint.junit;

import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Problem;
import dev.flaglint.model.ValueType;
import dev.flaglint.model.Variants;
import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.Flags;
import dev.flaglint.runtime.FlagsFileException;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Gives tests a {@link Flags} (or {@link FeatureFlags}) parameter made of the real flags file plus the
 * test's pins, and runs {@link FlagMatrix} / {@link BothPaths} templates once per combination. Registered by those annotations
 * and by {@link FlagOverride} / {@link FlagsFrom}; nothing to register by hand.
 *
 * <p>Safe under parallel execution: the extension holds no state; the parsed file is cached in JUnit's
 * root store (an immutable snapshot, shared read-only), and each invocation gets its own immutable
 * {@link FeatureFlags} built by {@link FeatureFlags#withOverrides(Map)}. Nothing global is changed, so
 * code under test must receive the {@code Flags} it should use (constructor or method argument).
 */
public final class FlagsExtension implements TestTemplateInvocationContextProvider, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FlagsExtension.class);

    // ---- test templates ---------------------------------------------------------------------------------

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(FlagsExtension::isFlagTemplate).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        FeatureFlags base = baseFlags(context);
        Function<String, List<Object>> valuesOf = key -> {
            requireDeclared(base, key, "@FlagMatrix/@BothPaths");
            return values(base, key);
        };
        List<Map<String, Object>> combinations = AnnotationSupport.findAnnotation(method, FlagMatrix.class)
                .map(m -> FlagCombinations.of(m, valuesOf))
                .orElseGet(() -> FlagCombinations.of(method.getAnnotation(BothPaths.class), valuesOf));
        return combinations.stream().map(Invocation::new);
    }

    /** A flag's values in a template: on and off for a boolean flag, else each of its variants. */
    private static List<Object> values(FeatureFlags base, String key) {
        Variants variants = base.variantsOf(key);
        return variants.type() == ValueType.BOOLEAN ? FlagCombinations.ON_OFF : List.copyOf(variants.names());
    }

    /** One run of a template: its name, the resolver that hands it the pinned flags, its name on failures. */
    private record Invocation(Map<String, Object> combination) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return FlagCombinations.displayName(combination);
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new CombinationResolver(combination),
                    new NamedFailures(FlagCombinations.displayName(combination)));
        }
    }

    /** Resolves the Flags or FeatureFlags parameter of one template invocation. */
    private record CombinationResolver(Map<String, Object> combination) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return isFlagsParameter(parameter);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return flagsFor(context, combination);
        }
    }

    // ---- plain tests, lifecycle methods, constructors ----------------------------------------------------

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        // Template invocations get theirs from CombinationResolver; two resolvers for one parameter is an error.
        return isFlagsParameter(parameter)
                && !context.getTestMethod().map(FlagsExtension::isFlagTemplate).orElse(false);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return flagsFor(context, Map.of());
    }

    /** A parameter of type {@link Flags} (what code under test should accept) or {@link FeatureFlags}. */
    private static boolean isFlagsParameter(ParameterContext parameter) {
        Class<?> type = parameter.getParameter().getType();
        return type == Flags.class || type == FeatureFlags.class;
    }

    // ---- building the flags -----------------------------------------------------------------------------

    private static boolean isFlagTemplate(Method method) {
        return AnnotationSupport.isAnnotated(method, FlagMatrix.class)
                || AnnotationSupport.isAnnotated(method, BothPaths.class);
    }

    /** The base flags with pins applied: outer class, inner class, method, then the template combination. */
    static FeatureFlags flagsFor(ExtensionContext context, Map<String, Object> combination) {
        FeatureFlags base = baseFlags(context);
        Map<String, Object> pins = new LinkedHashMap<>();
        for (AnnotatedElement element : elementsOutsideIn(context)) {
            for (FlagOverride o : AnnotationSupport.findRepeatableAnnotations(element, FlagOverride.class)) {
                requireDeclared(base, o.flag(), "@FlagOverride");
                pins.put(o.flag(), o.variant().isEmpty() ? (Object) o.enabled() : o.variant());
            }
        }
        pins.putAll(combination);
        return pins.isEmpty() ? base : pinned(base, pins);
    }

    /**
     * {@code base} with each flag pinned: a {@code Boolean} turns a boolean flag on or off, a {@code String} picks
     * a variant. A pin that does not fit the flag fails the test saying what would.
     */
    private static FeatureFlags pinned(FeatureFlags base, Map<String, Object> pins) {
        Map<String, Boolean> onOff = new LinkedHashMap<>();
        Map<String, String> variants = new LinkedHashMap<>();
        pins.forEach((key, value) -> {
            Variants declared = base.variantsOf(key);
            if (value instanceof Boolean on) {
                if (declared.type() != ValueType.BOOLEAN) {
                    throw new ExtensionConfigurationException("@FlagOverride turns flag '" + key + "' on or off, but"
                            + " it is " + declared.type().withArticle() + " flag; pin one of its variants instead, e.g."
                            + " @FlagOverride(flag = \"" + key + "\", variant = \"" + declared.names().get(0)
                            + "\") (its variants: " + String.join(", ", declared.names()) + ")");
                }
                onOff.put(key, on);
            } else if (!base.contains(key) || !declared.contains((String) value)) {
                throw new ExtensionConfigurationException("@FlagOverride pins flag '" + key + "' to variant '" + value
                        + "', which it does not declare; its variants: " + String.join(", ", declared.names()));
            } else {
                variants.put(key, (String) value);
            }
        });
        FeatureFlags result = onOff.isEmpty() ? base : base.withOverrides(onOff);
        return variants.isEmpty() ? result : result.withVariants(variants);
    }

    /** The flags file named by the nearest {@link FlagsFrom}, parsed once per run and shared (immutable). */
    private static FeatureFlags baseFlags(ExtensionContext context) {
        List<AnnotatedElement> elements = elementsOutsideIn(context);
        Collections.reverse(elements);
        Optional<FlagsFrom> from = elements.stream()
                .map(e -> AnnotationSupport.findAnnotation(e, FlagsFrom.class))
                .flatMap(Optional::stream).findFirst();
        String path = from.map(FlagsFrom::path).orElse("");
        String resource = from.map(FlagsFrom::resource).orElseGet(FlagsExtension::defaultResource);
        String environment = from.map(FlagsFrom::environment).filter(e -> !e.isEmpty()).orElse(null);
        boolean explicit = from.isPresent();
        String key = path + '\u0000' + resource + '\u0000' + environment;
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(key, k -> load(path, resource, environment, explicit), FeatureFlags.class);
    }

    private static FeatureFlags load(String path, String resource, String environment, boolean explicit) {
        if (!path.isEmpty()) {
            return FeatureFlags.loadStrict(Path.of(path), environment);
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null || loader.getResource(resource) == null) {
            if (explicit) {
                throw new ExtensionConfigurationException("@FlagsFrom: no resource '" + resource + "' on the classpath");
            }
            return FeatureFlags.empty(); // no flags file: tests run on pins alone
        }
        FeatureFlags flags = FeatureFlags.fromClasspath(resource, environment);
        List<Problem> errors = flags.problems().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new FlagsFileException(flags.source(), errors);
        }
        return flags;
    }

    /** The first flags file name the classpath has (as {@code FeatureFlags.fromClasspath()} looks), else flags.yaml. */
    private static String defaultResource() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return FlagsFile.DEFAULT_NAMES.stream().filter(n -> loader != null && loader.getResource(n) != null)
                .findFirst().orElse(FeatureFlags.DEFAULT_RESOURCE);
    }

    /** A pinned key that the file does not declare is almost always a typo; say so rather than test nothing. */
    private static void requireDeclared(FeatureFlags base, String key, String annotation) {
        if (!base.keys().isEmpty() && !base.contains(key)) {
            throw new ExtensionConfigurationException(annotation + " names flag '" + key + "', which "
                    + base.source() + " does not declare; fix the key or declare the flag. Declared: "
                    + base.keys().stream().sorted().toList());
        }
    }

    /** The test's class(es) and method, from the outermost class in. */
    private static List<AnnotatedElement> elementsOutsideIn(ExtensionContext context) {
        List<AnnotatedElement> elements = new ArrayList<>();
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            c.getElement().ifPresent(e -> {
                if (elements.isEmpty() || elements.get(elements.size() - 1) != e) {
                    elements.add(e); // a template and its invocations share the method
                }
            });
        }
        Collections.reverse(elements);
        return elements;
    }
}
