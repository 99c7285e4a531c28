package dev.flaglint.lint.adjust;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.lint.model.BaselineState;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.LintException;
import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code flag-lint-baseline.json}: the findings a team accepted when it adopted the check. Findings
 * that match an entry are reported as info, marked {@link BaselineState#UNCHANGED}, and do not fail the
 * build; entries that match nothing any more are reported as {@code stale-baseline} so the file shrinks.
 * This class holds the file's format (read and {@link #toJson()}); the baseline goal's output writes it.
 *
 * <p>{@code stale-baseline} is not a rule over the code: no check of the sources or the flags file can
 * make it, only a comparison of this file with the findings after suppressions and overrides. So it
 * is described here, where it is made, and has an id users can configure like any rule's.
 */
public final class Baseline {

    public static final String FILE_NAME = "flag-lint-baseline.json";

    /** What {@code stale-baseline} is, for the reports that describe their rules. */
    public static final RuleDoc STALE_ENTRY = new RuleDoc(RuleId.STALE_BASELINE, "StaleBaselineEntry",
            Severity.WARNING, "A baseline entry no longer matches any finding.",
            "The problem recorded in flag-lint-baseline.json is gone. Keeping the entry would silently"
                    + " accept the problem if it came back.",
            "Run mvn flag-lint:baseline to rewrite the baseline without it, and commit the file.");

    private static final String COMMENT = "Findings accepted when flag-lint was adopted: mvn flag-lint:check reports"
            + " them as info and fails only on new ones. Fix them over time, then run mvn flag-lint:baseline to"
            + " shrink this file. Entries are keyed by rule, flag and file (not line).";

    private static final int[] NOWHERE = {0, 0};

    private final ObjectMapper mapper = new ObjectMapper();

    /** entries, sorted, with the line and column each starts at in the file (absent when not read from a file) */
    private final SortedSet<BaselineEntry> entries;
    private final Map<BaselineEntry, int[]> lines;

    private Baseline(Collection<BaselineEntry> entries, Map<BaselineEntry, int[]> lines) {
        this.entries = new TreeSet<>(entries);
        this.lines = Map.copyOf(lines);
    }

    /** A baseline of every error and warning in {@code findings} (info findings are not recorded). */
    public static Baseline of(List<Finding> findings) {
        List<BaselineEntry> entries = findings.stream()
                .filter(f -> f.severity() != Severity.INFO && f.rule() != RuleId.STALE_BASELINE)
                .map(BaselineEntry::of).toList();
        return new Baseline(entries, Map.of());
    }

    public SortedSet<BaselineEntry> entries() {
        return java.util.Collections.unmodifiableSortedSet(entries);
    }

    /** The file's text: sorted, two-space indented, {@code \n} line ends, so it diffs well. */
    public String toJson() {
        ObjectNode root = mapper.createObjectNode();
        root.put("comment", COMMENT);
        ArrayNode list = root.putArray("findings");
        for (BaselineEntry e : entries) {
            ObjectNode n = list.addObject();
            n.put("rule", e.rule());
            if (e.flag() != null) {
                n.put("flag", e.flag());
            }
            n.put("file", e.file());
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return mapper.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a baseline of strings always serialises", e);
        }
    }

    /**
     * Reads a baseline file (as {@link #toJson()} writes it).
     *
     * @throws LintException when the file is not a baseline, naming the line
     */
    public static Baseline read(Path file) {
        String name = file.getFileName().toString();
        Map<BaselineEntry, int[]> lines = new LinkedHashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser parser = mapper.createParser(Files.readString(file, StandardCharsets.UTF_8))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw invalid(name, parser.currentTokenLocation(), "expected a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!field.equals("findings")) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw invalid(name, parser.currentTokenLocation(), "'findings' must be an array");
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    JsonLocation at = parser.currentTokenLocation();
                    JsonNode n = mapper.readTree(parser);
                    String rule = text(n, "rule");
                    String file2 = text(n, "file");
                    if (rule == null || file2 == null) {
                        throw invalid(name, at, "each entry needs \"rule\" and \"file\"");
                    }
                    lines.putIfAbsent(new BaselineEntry(rule, text(n, "flag"), file2),
                            new int[] {at.getLineNr(), at.getColumnNr()});
                }
                if (parser.currentToken() != JsonToken.END_ARRAY) {
                    throw invalid(name, parser.currentTokenLocation(), "each entry of 'findings' must be an object");
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new LintException(name + ":[" + (at == null ? 0 : at.getLineNr()) + "," + (at == null ? 0
                    : at.getColumnNr()) + "] is not valid JSON (" + e.getOriginalMessage()
                    + "); fix it, or delete it and run mvn flag-lint:baseline to write a new one");
        } catch (IOException e) {
            throw new LintException("cannot read the baseline " + file + ": " + e.getMessage());
        }
        return new Baseline(lines.keySet(), lines);
    }

    private static LintException invalid(String name, JsonLocation at, String what) {
        return new LintException(name + ":[" + at.getLineNr() + "," + at.getColumnNr() + "] is not a flag-lint"
                + " baseline: " + what + "; delete it and run mvn flag-lint:baseline to write a new one");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * Marks findings that the baseline accepts as info ({@link BaselineState#UNCHANGED}) and the others
     * {@link BaselineState#NEW}, and adds a {@code stale-baseline} warning for each entry that no finding
     * matches.
     *
     * @param findings     the check's findings
     * @param baselinePath the baseline file as printed in findings (relative to the module)
     */
    public List<Finding> apply(List<Finding> findings, String baselinePath) {
        List<Finding> result = new ArrayList<>(findings.size());
        SortedSet<BaselineEntry> matched = new TreeSet<>();
        for (Finding f : findings) {
            BaselineEntry key = BaselineEntry.of(f);
            if (f.severity() != Severity.INFO && entries.contains(key)) {
                matched.add(key);
                result.add(f.withBaseline(BaselineState.UNCHANGED, Severity.INFO));
            } else {
                if (entries.contains(key)) {
                    matched.add(key);
                }
                result.add(f.withBaseline(BaselineState.NEW, f.severity()));
            }
        }
        for (BaselineEntry e : entries) {
            if (!matched.contains(e)) {
                result.add(new Finding(RuleId.STALE_BASELINE, STALE_ENTRY.defaultSeverity(), e.flag(), baselinePath,
                        lines.getOrDefault(e, NOWHERE)[0], lines.getOrDefault(e, NOWHERE)[1], "baseline entry for "
                        + e.describe() + " no longer occurs; run mvn flag-lint:baseline to shrink "
                        + baselinePath.substring(baselinePath.lastIndexOf('/') + 1) + " and commit it"));
            }
        }
        return result;
    }

    /** Counts of entries per rule, for messages. */
    public Map<String, Long> countByRule() {
        Map<String, Long> counts = new TreeMap<>();
        entries.forEach(e -> counts.merge(e.rule(), 1L, Long::sum));
        return counts;
    }
}
