package dev.flaglint.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.model.Problem;
import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.server.json.Json;
import dev.flaglint.server.json.MalformedJsonException;
import dev.flaglint.server.json.Sha256;
import dev.flaglint.server.store.FlagState;
import dev.flaglint.server.store.StoreSnapshot;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The flags in force: one version of the file plus the store's overrides at one sequence number. Immutable
 * and thread-safe; a request holds one for its whole answer, so a bulk evaluation never mixes two versions.
 *
 * <p>The effective flag is the file's definition with an override's evaluation fields in place of the file's.
 * Flags without an override are evaluated by the file's compiled flags; overridden ones by flags compiled from
 * the merged definitions, parsed by the same model. An override whose flag the file no longer declares is kept
 * in the store but inert ({@link #orphanOverrides()}); one the model refuses is inert too
 * ({@link #invalidOverrides()}).
 */
public final class FlagConfiguration {

    private final DefinitionTree tree;
    private final StoreSnapshot store;
    private final String defaultEnvironment;
    private final String version;
    private final Instant lastModified;
    /** Key to the flag in force, in file order. */
    private final Map<String, Flag> flags;
    /** Overridden keys to their merged definition (file metadata + override). */
    private final Map<String, ObjectNode> merged;
    private final FlagsFile overridesFile;
    private final Set<String> orphanOverrides;
    private final Map<String, String> invalidOverrides;
    private final Set<String> environments;
    private final ConcurrentMap<String, FeatureFlags> compiledOverrides = new ConcurrentHashMap<>();
    /** The effective definitions as JSON, built on first request. */
    private volatile byte[] definitionsJson;

    private FlagConfiguration(DefinitionTree tree, StoreSnapshot store, String defaultEnvironment,
                              Map<String, ObjectNode> merged, FlagsFile overridesFile, Set<String> orphans,
                              Map<String, String> invalid) {
        this.tree = tree;
        this.store = store;
        this.defaultEnvironment = defaultEnvironment;
        this.merged = Collections.unmodifiableMap(merged);
        this.overridesFile = overridesFile;
        this.orphanOverrides = Collections.unmodifiableSet(orphans);
        this.invalidOverrides = Collections.unmodifiableMap(invalid);
        Map<String, Flag> effective = new LinkedHashMap<>(tree.definitions().file().flags());
        overridesFile.flags().forEach(effective::put);
        this.flags = Collections.unmodifiableMap(effective);
        Set<String> envs = new HashSet<>();
        effective.values().forEach(f -> envs.addAll(f.environments().keySet()));
        this.environments = Set.copyOf(envs);
        this.version = hash(tree.definitions().version() + "/" + store.sequence());
        Instant loaded = tree.definitions().loadedAt();
        this.lastModified = store.lastChange() != null && store.lastChange().isAfter(loaded) ? store.lastChange() : loaded;
    }

    static FlagConfiguration build(DefinitionTree tree, StoreSnapshot store, String defaultEnvironment) {
        Map<String, ObjectNode> merged = new TreeMap<>();
        Set<String> orphans = new TreeSet<>();
        Map<String, String> invalid = new TreeMap<>();
        for (Map.Entry<String, FlagState> e : store.overrides().entrySet()) {
            ObjectNode fileFlag = tree.flag(e.getKey());
            if (fileFlag == null) {
                orphans.add(e.getKey());
                continue;
            }
            try {
                merged.put(e.getKey(), OverrideValidator.merge(fileFlag, Json.parse(e.getValue().override())));
            } catch (MalformedJsonException ex) {
                invalid.put(e.getKey(), ex.getMessage());
            }
        }
        FlagsFile overrides = parse(merged);
        for (Problem p : overrides.problems()) {
            if (p.isError() && p.flagKey() != null && merged.containsKey(p.flagKey())) {
                invalid.putIfAbsent(p.flagKey(), OverrideValidator.path(p.field()) + ": " + p.message());
            }
        }
        if (invalid.keySet().stream().anyMatch(merged::containsKey)) {
            merged.keySet().removeAll(invalid.keySet());
            overrides = parse(merged);
        }
        return new FlagConfiguration(tree, store, defaultEnvironment, merged, overrides, orphans, invalid);
    }

    private static FlagsFile parse(Map<String, ObjectNode> merged) {
        ObjectNode document = Json.object();
        ObjectNode flags = document.putObject("flags");
        merged.forEach(flags::set);
        return FlagsFile.parse("overrides", Json.text(document), Format.JSON);
    }

    // ---- evaluation -------------------------------------------------------------------------------------------

    /**
     * Evaluates {@code key} for {@code context} in {@code environment} ({@code null}: the server's default).
     * Returns {@code null} when the key is not declared. Never throws.
     */
    public FlagEvaluation evaluate(String key, EvaluationContext context, String environment) {
        Flag flag = key == null ? null : flags.get(key);
        if (flag == null) {
            return null;
        }
        String env = environment(environment);
        FeatureFlags compiled = merged.containsKey(key) ? overridesCompiled(env) : tree.compiled(key(env));
        Evaluation evaluation = compiled.evaluate(key, context.attributes(), false);
        return new FlagEvaluation(key, evaluation, flag.metadata(), flag.targeting(env));
    }

    /** The environment evaluated: the given one, else the server's; one no flag mentions is "none". */
    private String environment(String requested) {
        String env = requested == null || requested.isEmpty() ? defaultEnvironment : requested;
        return env != null && environments.contains(env) ? env : null;
    }

    private static String key(String environment) {
        return environment == null ? DefinitionTree.NO_ENVIRONMENT : environment;
    }

    private FeatureFlags overridesCompiled(String environment) {
        return compiledOverrides.computeIfAbsent(key(environment), env -> FeatureFlags.from(overridesFile,
                env.equals(DefinitionTree.NO_ENVIRONMENT) ? null : env));
    }

    // ---- what is in force -------------------------------------------------------------------------------------

    /** Changes whenever the file's content or the overrides change; equal on every replica with the same both. */
    public String version() {
        return version;
    }

    /** When the file was taken or an override last changed, whichever is later. */
    public Instant lastModified() {
        return lastModified;
    }

    /** The declared keys, in file order. */
    public Set<String> keys() {
        return flags.keySet();
    }

    public boolean declares(String key) {
        return key != null && flags.containsKey(key);
    }

    /** The store's state of a flag: its version and override. */
    public FlagState state(String key) {
        return store.flag(key);
    }

    public long storeSequence() {
        return store.sequence();
    }

    public Set<String> orphanOverrides() {
        return orphanOverrides;
    }

    public Map<String, String> invalidOverrides() {
        return invalidOverrides;
    }

    DefinitionTree tree() {
        return tree;
    }

    StoreSnapshot store() {
        return store;
    }

    /**
     * The effective definitions as a flags file in JSON ({@code {"environments": [...], "flags": {...}}}, the
     * environments only when the file declares them; file order, metadata included), which flag-runtime reads like
     * flags.yaml: what an SDK needs to evaluate locally.
     */
    public byte[] definitionsJson() {
        byte[] json = definitionsJson;
        if (json == null) {
            ObjectNode document = Json.object();
            if (tree.environments() != null) {
                document.set("environments", tree.environments());
            }
            ObjectNode out = document.putObject("flags");
            for (String key : flags.keySet()) {
                out.set(key, effective(key));
            }
            json = Json.bytes(document);
            definitionsJson = json;
        }
        return json;
    }

    /** The flag's effective definition as a tree, or {@code null}. */
    private JsonNode effective(String key) {
        ObjectNode override = merged.get(key);
        return override != null ? override : tree.flag(key);
    }

    /** The keys whose effective definition differs from {@code previous}'s (added and removed ones included). */
    Set<String> changedSince(FlagConfiguration previous) {
        Set<String> changed = new TreeSet<>();
        Set<String> all = new HashSet<>(flags.keySet());
        all.addAll(previous.flags.keySet());
        for (String key : all) {
            JsonNode now = flags.containsKey(key) ? effective(key) : null;
            JsonNode before = previous.flags.containsKey(key) ? previous.effective(key) : null;
            if (now == null || !now.equals(before)) {
                changed.add(key);
            }
        }
        return changed;
    }

    private static String hash(String text) {
        return HexFormat.of().formatHex(Sha256.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 10);
    }
}
