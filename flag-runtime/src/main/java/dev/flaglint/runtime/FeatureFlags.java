package dev.flaglint.runtime;

import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.model.Metadata;
import dev.flaglint.model.Problem;
import dev.flaglint.model.ValueType;
import dev.flaglint.model.Variants;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link Flags} of one {@code flags.yaml}, compiled for one environment: an immutable snapshot, safe to share
 * between threads, whose evaluation never throws.
 *
 * <pre>{@code
 * FeatureFlags flags = FeatureFlags.load(Path.of("flags.yaml"));   // environment from -Dflags.env / FLAGS_ENV
 * boolean on = flags.isEnabled("new-checkout", Map.of("user_id", "42", "plan", "enterprise"));
 * }</pre>
 *
 * <p>Fail-safe: a missing or unparsable file gives a snapshot with no flags whose every answer is the
 * caller's default (false unless given) with reason {@link Reason#ERROR} and {@link ErrorCode#PARSE_ERROR};
 * the problems are logged once at load and kept in {@link #problems()}. A flag whose own evaluation
 * settings are invalid answers the same way. An unknown key gives the default with
 * {@link ErrorCode#FLAG_NOT_FOUND}. Use {@link #loadStrict(Path, String)} to fail fast instead.
 * An unknown flag and an expired flag are each logged once per snapshot, never per call.
 */
public final class FeatureFlags implements Flags {

    /** The classpath resource {@link #fromClasspath()} reads (when there is none: {@code flags.yml}, {@code flags.json}). */
    public static final String DEFAULT_RESOURCE = "flags.yaml";
    /** System property naming the environment; wins over {@link #ENVIRONMENT_VARIABLE}. */
    public static final String ENVIRONMENT_PROPERTY = "flags.env";
    public static final String ENVIRONMENT_VARIABLE = "FLAGS_ENV";

    private static final System.Logger LOG = System.getLogger(FeatureFlags.class.getPackageName());
    /** Stands for a {@code null} key in the log-once set, which cannot hold null. */
    private static final String NULL_KEY = "\u0000null";

    private final String source;
    private final String environment;
    /** Never modified after construction (and never handed out), so reading it needs no wrapper or lock. */
    private final Map<String, CompiledFlag> flags;
    private final List<Problem> problems;
    private final boolean readable;
    /** Keys already reported, so each is logged once per snapshot. Thread-safe; the only mutable state. */
    /** Unknown keys can come from user input ("exp-" + tenant): remember and log a bounded number. */
    private static final int MAX_REPORTED_UNKNOWN = 1000;
    private final Set<String> reportedUnknown = ConcurrentHashMap.newKeySet();
    private final Set<String> reportedExpired = ConcurrentHashMap.newKeySet();
    private final Set<String> reportedFailures = ConcurrentHashMap.newKeySet();

    private FeatureFlags(String source, String environment, Map<String, CompiledFlag> flags,
                         List<Problem> problems, boolean readable) {
        this.source = source;
        this.environment = environment;
        this.flags = flags;
        this.problems = List.copyOf(problems);
        this.readable = readable;
    }

    // ---- loading ----------------------------------------------------------------------------------------

    /** Loads {@code path} for the {@linkplain #defaultEnvironment() default environment}. Never throws. */
    public static FeatureFlags load(Path path) {
        return load(path, defaultEnvironment());
    }

    /**
     * Loads {@code path} (YAML, or JSON for a {@code .json} name) for {@code environment} ({@code null}: no
     * environment overrides). Never throws: problems are logged and the snapshot answers defaults for
     * what it could not read.
     */
    public static FeatureFlags load(Path path, String environment) {
        return from(FlagsFile.read(path), environment);
    }

    /**
     * Like {@link #load(Path, String)}, but throws {@link FlagsFileException} when the file has any error, or
     * {@code environment} is not one it declares (or, when it declares none, looks like a misspelling of one its
     * flags use).
     */
    public static FeatureFlags loadStrict(Path path, String environment) {
        return strict(FlagsFile.read(path), environment);
    }

    /**
     * Loads {@code path} and keeps following it: changes are swapped in atomically, a broken new version is
     * logged and ignored. See {@link ReloadingFeatureFlags}; close it to stop the polling thread.
     */
    public static ReloadingFeatureFlags watch(Path path) {
        return ReloadingFeatureFlags.watch(path);
    }

    /**
     * The name of the flags file on the classpath, the first of {@code flags.yaml}, {@code flags.yml},
     * {@code flags.json} there; empty when there is none.
     */
    public static Optional<String> classpathResource() {
        return FlagsFile.DEFAULT_NAMES.stream().filter(FeatureFlags::resourceExists).findFirst();
    }

    /**
     * The classpath resource {@code flags.yaml} (else {@code flags.yml}, else {@code flags.json}) for the default
     * environment. Never throws.
     */
    public static FeatureFlags fromClasspath() {
        return fromClasspath(defaultResource(), defaultEnvironment());
    }

    /** The first of {@link FlagsFile#DEFAULT_NAMES} on the classpath, else {@link #DEFAULT_RESOURCE}. */
    static String defaultResource() {
        return classpathResource().orElse(DEFAULT_RESOURCE);
    }

    private static boolean resourceExists(String resource) {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return (loader != null && loader.getResource(resource) != null)
                    || FeatureFlags.class.getClassLoader().getResource(resource) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * A classpath resource, looked up through the thread's context class loader, then this library's.
     * A missing resource gives an empty snapshot (answers: defaults, {@link ErrorCode#PARSE_ERROR}).
     */
    public static FeatureFlags fromClasspath(String resource, String environment) {
        return from(readResource(resource), environment);
    }

    /** Flags from YAML text, for tests and tools; the rules evaluate exactly as from a file. Never throws. */
    public static FeatureFlags of(String yaml) {
        return of(yaml, null);
    }

    /** Flags from YAML text, compiled for {@code environment}; null or blank text means no flags. Never throws. */
    public static FeatureFlags of(String yaml, String environment) {
        // A file must say 'flags:' (an empty one is an error the linter reports); inline text in tests need not.
        String text = yaml == null || yaml.isBlank() ? "flags: {}" : yaml;
        return from(FlagsFile.parse("<inline>", text, Format.YAML), environment);
    }

    /**
     * A snapshot of an already parsed file (for tools that hold a {@link FlagsFile}, and the reloader). Logs the
     * file's problems, and an environment the file does not declare (see {@link FlagsFile#environmentProblem}).
     */
    public static FeatureFlags from(FlagsFile file, String environment) {
        logProblems(file);
        file.environmentProblem(environment).ifPresent(p -> LOG.log(Level.WARNING, "flags file problem: {0}", p));
        return compile(file, environment);
    }

    /** No flags: every answer is the caller's default with {@link ErrorCode#FLAG_NOT_FOUND}. */
    public static FeatureFlags empty() {
        return new FeatureFlags("<empty>", null, Map.of(), List.of(), true);
    }

    /** In-memory flags for tests: {@code FeatureFlags.builder().flag("a", true).rollout("b", 10).build()}. */
    public static FeatureFlagsBuilder builder() {
        return new FeatureFlagsBuilder();
    }

    /** The environment from system property {@code flags.env}, else variable {@code FLAGS_ENV}, else null. */
    public static String defaultEnvironment() {
        String property = System.getProperty(ENVIRONMENT_PROPERTY);
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        String variable = System.getenv(ENVIRONMENT_VARIABLE);
        return variable == null || variable.isBlank() ? null : variable.trim();
    }

    static FeatureFlags strict(FlagsFile file, String environment) {
        List<Problem> errors = new ArrayList<>(file.problems().stream().filter(Problem::isError).toList());
        file.environmentProblem(environment).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new FlagsFileException(file.source(), errors);
        }
        return from(file, environment);
    }

    static FeatureFlags compile(FlagsFile file, String environment) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, CompiledFlag> compiled = new HashMap<>();
        for (Flag flag : file.flags().values()) {
            // Interned: isEnabled("literal") then finds its key by identity, skipping a char compare.
            compiled.put(flag.key().intern(), compileSafely(flag, environment, today));
        }
        return new FeatureFlags(file.source(), environment, compiled, file.problems(), file.isReadable());
    }

    /** Loading never throws: a flag that fails to compile (a bug, not a file problem) answers defaults. */
    private static CompiledFlag compileSafely(Flag flag, String environment, LocalDate today) {
        try {
            return CompiledFlag.compile(flag, environment, today);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "flag '" + flag.key() + "' could not be compiled and answers the caller's default;"
                    + " please report this", e);
            return CompiledFlag.compile(new Flag(flag.key(), flag.position(), flag.metadata(), flag.targeting(),
                    flag.environments(), false, flag.variants()), environment, today);
        }
    }

    static FlagsFile readResource(String resource) {
        String source = "classpath:" + resource;
        InputStream in = null;
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            in = loader == null ? null : loader.getResourceAsStream(resource);
            if (in == null) {
                in = FeatureFlags.class.getClassLoader().getResourceAsStream(resource);
            }
        } catch (RuntimeException e) {
            // treated as not found below
        }
        if (in == null) {
            // FlagsFile turns a stream that cannot be read into a SYNTAX problem naming the source.
            in = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("resource not found on the classpath");
                }
            };
        }
        return FlagsFile.read(source, in, Format.ofFileName(resource));
    }

    private static void logProblems(FlagsFile file) {
        for (Problem p : file.problems()) {
            LOG.log(p.isError() ? Level.WARNING : Level.INFO, "flags file problem: {0}", p);
        }
        if (!file.isReadable()) {
            LOG.log(Level.WARNING, "{0} could not be read, so every flag answers the default the caller passes"
                    + " (false without one); check the path given to FeatureFlags.load or FeatureFlags.watch, or"
                    + " the resource given to FeatureFlags.fromClasspath", file.source());
        }
    }

    // ---- evaluation -------------------------------------------------------------------------------------

    /**
     * The answer and why. Never throws: a {@code null} context is empty, a {@code null} or unknown key gives
     * {@code defaultValue} with {@link ErrorCode#FLAG_NOT_FOUND} (or {@link ErrorCode#PARSE_ERROR} when the
     * file could not be read), and a context value that fails in an unexpected way gives {@code defaultValue}
     * with {@link ErrorCode#GENERAL}.
     */
    @Override
    public Evaluation evaluate(String key, Map<String, ?> context, boolean defaultValue) {
        CompiledFlag flag = key == null ? null : flags.get(key);
        if (flag == null) {
            return unknown(key, defaultValue);
        }
        if (flag.isExpired()) {
            reportExpired(flag);
        }
        try {
            return flag.evaluate(context == null ? Map.of() : context, defaultValue);
        } catch (RuntimeException e) {
            // A context map or value whose get/toString throws must not break the request (nor flood the log).
            if (!reportedFailures.contains(key) && reportedFailures.add(key)) {
                LOG.log(Level.WARNING, "flag '" + key + "' could not be evaluated for a context; returning the "
                        + "default (" + defaultValue + "). Logged once per flag.", e);
            }
            return Evaluation.error(ErrorCode.GENERAL, defaultValue);
        }
    }

    private Evaluation unknown(String key, boolean defaultValue) {
        ErrorCode code = readable ? ErrorCode.FLAG_NOT_FOUND : ErrorCode.PARSE_ERROR;
        String id = key == null ? NULL_KEY : key;
        if (!reportedUnknown.contains(id) && reportedUnknown.size() < MAX_REPORTED_UNKNOWN
                && reportedUnknown.add(id)) {
            if (reportedUnknown.size() == MAX_REPORTED_UNKNOWN) {
                LOG.log(Level.WARNING, "more than {0} different unknown flag keys asked of {1}; further ones are"
                        + " not logged (are keys built from user input?)", MAX_REPORTED_UNKNOWN, source);
            }
            LOG.log(Level.WARNING, readable
                    ? "flag ''{0}'' is not declared in {1}; returning the default ({2}). Declare it or fix the key."
                    : "flag ''{0}'' cannot be evaluated because {1} could not be read; returning the default ({2})",
                    key, source, defaultValue);
        }
        return Evaluation.error(code, defaultValue);
    }

    private void reportExpired(CompiledFlag flag) {
        if (!reportedExpired.contains(flag.key()) && reportedExpired.add(flag.key())) {
            var m = flag.source().metadata();
            LOG.log(Level.WARNING, "flag ''{0}'' expired on {1} (owner {2}, ticket {3}); it still evaluates, "
                    + "but remove it from the code and from {4}", flag.key(), m.expires(), m.owner(), m.ticket(), source);
        }
    }

    // ---- overrides and introspection --------------------------------------------------------------------

    /** A new snapshot in which {@code key} always answers {@code enabled} (reason STATIC); this one is unchanged. */
    public FeatureFlags withOverride(String key, boolean enabled) {
        return withOverrides(Map.of(key, enabled));
    }

    /**
     * A new snapshot with each boolean flag pinned to its value; keys need not be declared. This one is unchanged.
     * Meant for tests and tools; a {@code null} key or value, or a flag whose variants are not booleans (pin one
     * of its variants with {@link #withVariants}), is rejected with IllegalArgumentException.
     */
    public FeatureFlags withOverrides(Map<String, Boolean> overrides) {
        Map<String, CompiledFlag> copy = new HashMap<>(flags);
        overrides.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new IllegalArgumentException("an override needs a flag key and true or false: " + overrides);
            }
            Variants variants = variantsOf(key);
            if (variants.type() != ValueType.BOOLEAN) {
                throw new IllegalArgumentException("flag '" + key + "' is " + variants.type().withArticle() + " flag, not"
                        + " on or off; pin one of its variants instead: " + String.join(", ", variants.names()));
            }
            String variant = variants.values().entrySet().stream().filter(e -> e.getValue().equals(value))
                    .map(Map.Entry::getKey).findFirst().orElse(value ? Variants.ON : Variants.OFF);
            copy.put(key, CompiledFlag.pinned(key, variant, value, flags.get(key)));
        });
        return new FeatureFlags(source, environment, copy, problems, readable);
    }

    /** A new snapshot in which {@code key} always gives {@code variant} (reason STATIC); this one is unchanged. */
    public FeatureFlags withVariant(String key, String variant) {
        return withVariants(Map.of(key, variant));
    }

    /**
     * A new snapshot with each declared flag pinned to one of its variants ({@code on}/{@code off} for a boolean
     * flag without declared variants). This one is unchanged. Meant for tests and tools; an undeclared key or a
     * variant the flag does not declare is rejected with IllegalArgumentException naming the choices.
     */
    public FeatureFlags withVariants(Map<String, String> pins) {
        Map<String, CompiledFlag> copy = new HashMap<>(flags);
        pins.forEach((key, variant) -> {
            CompiledFlag flag = key == null ? null : flags.get(key);
            if (flag == null || flag.source() == null) {
                throw new IllegalArgumentException("cannot pin a variant of flag '" + key + "': " + source
                        + " does not declare it");
            }
            Variants variants = flag.source().variants();
            if (!variants.contains(variant)) {
                throw new IllegalArgumentException("flag '" + key + "' has no variant '" + variant + "'; its variants"
                        + " are: " + String.join(", ", variants.names()));
            }
            copy.put(key, CompiledFlag.pinned(key, variant, variants.values().get(variant), flag));
        });
        return new FeatureFlags(source, environment, copy, problems, readable);
    }

    @Override
    public Optional<Metadata> metadata(String key) {
        CompiledFlag flag = key == null ? null : flags.get(key);
        return flag == null || flag.source() == null ? Optional.empty() : Optional.of(flag.source().metadata());
    }

    /** The declared variants of {@code key}, or a boolean flag's for a key that is not declared. */
    public Variants variantsOf(String key) {
        CompiledFlag flag = key == null ? null : flags.get(key);
        return flag == null || flag.source() == null ? Variants.BOOLEAN : flag.source().variants();
    }

    /**
     * The keys whose answers may differ between {@code previous} and this snapshot: flags added, removed, or declared
     * differently (metadata, variants, or evaluation settings in the environment each is compiled for). Where a flag
     * stands in its file does not count. Sorted.
     */
    public Set<String> changedSince(FeatureFlags previous) {
        Set<String> changed = new TreeSet<>();
        Set<String> all = new HashSet<>(flags.keySet());
        all.addAll(previous.flags.keySet());
        for (String key : all) {
            CompiledFlag before = previous.flags.get(key);
            CompiledFlag after = flags.get(key);
            boolean same = before != null && after != null
                    && Objects.equals(before.pinnedAnswer(), after.pinnedAnswer())
                    && FlagChanges.same(before.source(), previous.environment, after.source(), environment);
            if (!same) {
                changed.add(key);
            }
        }
        return changed;
    }

    /** The declared (and overridden) flag keys. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(flags.keySet());
    }

    /** Whether {@code key} is declared (or overridden). */
    public boolean contains(String key) {
        return key != null && flags.containsKey(key);
    }

    /** The environment the flags were compiled for, or {@code null}. */
    public String environment() {
        return environment;
    }

    /** The file or resource the flags came from. */
    public String source() {
        return source;
    }

    /** Every problem found when loading, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    /** False when the file could not be read or parsed at all, so every answer is a default. */
    public boolean isReadable() {
        return readable;
    }

    @Override
    public String toString() {
        return "FeatureFlags[" + source + (environment == null ? "" : ", environment " + environment) + ", "
                + flags.size() + " flags" + (readable ? "" : ", UNREADABLE") + "]";
    }

    /** Used by the builder; keeps file order for readability of {@link #keys()}. */
    static FeatureFlags ofCompiled(String source, LinkedHashMap<String, CompiledFlag> compiled) {
        return new FeatureFlags(source, null, compiled, List.of(), true);
    }
}
