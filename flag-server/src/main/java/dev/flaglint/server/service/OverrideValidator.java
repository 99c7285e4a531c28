package dev.flaglint.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.model.Problem;
import dev.flaglint.server.json.Json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks an override body with the flags-file model itself, so a run-time change is held to exactly the rules
 * and messages of flags.yaml: the body may only hold evaluation fields; the flag's metadata from the file plus
 * those fields is parsed by {@link FlagsFile#parse} and every problem it reports, warnings included (an unknown
 * field in a rule would silently do nothing), is returned with its JSON path in the body.
 */
public final class OverrideValidator {

    /** The fields an override replaces as a whole; fields it does not give take their defaults. */
    public static final List<String> EVALUATION_FIELDS = List.of("enabled", "rules", "rollout", "rollout_by",
            "default_variant", "environments");
    static final Set<String> METADATA_FIELDS = Set.of("description", "owner", "created", "expires", "ticket",
            "permanent");
    /**
     * A typed flag's variants stay as the file declares them: their names and value types are what the code reads
     * and what the build checked (rule type-mismatch, tests run over every variant). An override chooses among them
     * (a rule's {@code variant}, the rollout's weights, {@code default_variant}); it cannot change what they are.
     */
    static final String VARIANTS = "variants";

    private OverrideValidator() {
    }

    /** The flag as declared in the file, with the override's evaluation fields in place of the file's. */
    static ObjectNode merge(ObjectNode fileFlag, JsonNode override) {
        ObjectNode merged = fileFlag.deepCopy();
        EVALUATION_FIELDS.forEach(merged::remove);
        override.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
        return merged;
    }

    /** The problems of {@code body} as an override of {@code key}, declared as {@code fileFlag}; empty when valid. */
    static List<FieldProblem> check(String key, JsonNode body, ObjectNode fileFlag) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!body.isObject()) {
            problems.add(new FieldProblem("$", "expected a JSON object of evaluation fields ("
                    + String.join(", ", EVALUATION_FIELDS) + ")"));
            return problems;
        }
        if (body.isEmpty()) {
            problems.add(new FieldProblem("$", "an override sets at least one evaluation field ("
                    + String.join(", ", EVALUATION_FIELDS) + "); to go back to flags.yaml, DELETE /flags/" + key
                    + "/override"));
            return problems;
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (field.equals(VARIANTS)) {
                problems.add(new FieldProblem("$." + field, "variants are code: the code reads their values and the"
                        + " build checked them; change them in flags.yaml and deploy it. An override picks among the"
                        + " declared variants: rules with 'variant', 'rollout' weights, 'default_variant'"));
            } else if (METADATA_FIELDS.contains(field)) {
                problems.add(new FieldProblem("$." + field, "metadata is code: change '" + field + "' in flags.yaml"
                        + " and deploy it; an override changes only " + String.join(", ", EVALUATION_FIELDS)));
            } else if (!EVALUATION_FIELDS.contains(field)) {
                problems.add(new FieldProblem("$." + field, "unknown field; an override sets "
                        + String.join(", ", EVALUATION_FIELDS)));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        ObjectNode document = Json.object();
        document.putObject("flags").set(key, merge(fileFlag, body));
        FlagsFile parsed = FlagsFile.parse("override", Json.text(document), Format.JSON);
        for (Problem p : parsed.problems()) {
            problems.add(new FieldProblem(path(p.field()), p.message()));
        }
        return problems;
    }

    /** {@code rules[1].if.plan} → {@code $.rules[1].if.plan}. */
    static String path(String field) {
        return field == null || field.isEmpty() ? "$" : "$." + field;
    }
}
