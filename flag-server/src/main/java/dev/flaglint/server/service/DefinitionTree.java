package dev.flaglint.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.model.Format;
import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.server.json.Json;
import dev.flaglint.server.source.Definitions;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One version of the flags file as the service needs it: the file's own tree (each flag's fields as written,
 * to merge overrides into and to hand out as JSON) and its flags compiled by flag-runtime per environment,
 * compiled once per file version however often the overrides change.
 */
final class DefinitionTree {

    /** The key of the compiled flags for "no environment". */
    static final String NO_ENVIRONMENT = "";

    private final Definitions definitions;
    private final ObjectNode flags;
    /** The file's top-level {@code environments:} list, or {@code null} when it declares none. */
    private final JsonNode environments;
    private final ConcurrentMap<String, FeatureFlags> compiled = new ConcurrentHashMap<>();

    private DefinitionTree(Definitions definitions, ObjectNode flags, JsonNode environments) {
        this.definitions = definitions;
        this.flags = flags;
        this.environments = environments;
    }

    static DefinitionTree of(Definitions definitions) {
        JsonNode root = definitions.format() == Format.JSON ? Json.parse(definitions.content())
                : Json.parseYaml(definitions.content());
        JsonNode flags = root.path("flags");
        // A valid file's 'flags' is a mapping, or empty ("flags:"), which is no flags.
        JsonNode environments = root.path("environments");
        return new DefinitionTree(definitions, flags.isObject() ? (ObjectNode) flags : Json.object(),
                environments.isArray() ? environments : null);
    }

    /** The environments the file declares (its top-level {@code environments:}), or {@code null}. Do not modify. */
    JsonNode environments() {
        return environments;
    }

    Definitions definitions() {
        return definitions;
    }

    /** The flag's fields as written in the file, or {@code null} when it is not declared. Do not modify. */
    ObjectNode flag(String key) {
        JsonNode node = flags.get(key);
        return node instanceof ObjectNode object && definitions.file().flags().containsKey(key) ? object : null;
    }

    /** Every flag's fields as written, by key in file order. Do not modify. */
    ObjectNode flags() {
        return flags;
    }

    /** The file's flags compiled for {@code environment} ({@link #NO_ENVIRONMENT} for none). */
    FeatureFlags compiled(String environment) {
        return compiled.computeIfAbsent(environment, env -> FeatureFlags.from(definitions.file(),
                env.equals(NO_ENVIRONMENT) ? null : env));
    }
}
