package dev.flaglint.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Turns flags-file text into a {@link FlagsFile}, checking the schema of DESIGN.md field by field.
 * One instance parses one file (it collects that file's problems); not shared between threads.
 */
final class FlagsFileParser {

    /**
     * Jackson's own limits. Nesting is stopped just above {@link Limits#MAX_NESTING_DEPTH}, a backstop to the
     * tree reader, which stops at the limit with a message that names it; lengths are left to the tree reader
     * (the file size bounds them), which checks them with such messages before decoding anything. SnakeYAML's
     * code point limit is the file size limit.
     */
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(Limits.MAX_NESTING_DEPTH + 1)
            .maxDocumentLength(Limits.MAX_FILE_BYTES)
            .maxNumberLength(Limits.MAX_FILE_BYTES)
            .maxStringLength(Limits.MAX_FILE_BYTES)
            .maxNameLength(Limits.MAX_FILE_BYTES)
            .build();
    /** Factories are immutable once built and thread-safe; parsers are created per call. */
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(CONSTRAINTS)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();


    /** YAML's limit on an implicit key; a syntax error past this column usually means a longer one. */
    private static final int LONGEST_YAML_KEY = 1024;

    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("flags");
    private static final Set<String> FLAG_FIELDS = Set.of("description", "owner", "created", "expires",
            "ticket", "permanent", "enabled", "rules", "rollout", "rollout_by", "environments");
    private static final Set<String> ENVIRONMENT_FIELDS = Set.of("enabled", "rules", "rollout", "rollout_by");
    private static final Set<String> RULE_FIELDS = Set.of("if", "enabled");

    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    /** Flag being read, for problem messages; {@code null} at file level. */
    private String currentFlag;
    /** Whether the current flag's evaluation settings are broken (metadata problems do not count). */
    private boolean evaluationBroken;

    FlagsFileParser(String source) {
        this.source = source;
    }

    /** Parses text that {@link FlagsFileText} decoded (or the problem it found). */
    FlagsFile parse(FlagsFileText.Decoded text, Format format) {
        if (text.problem() != null) {
            return unreadable(text.at(), text.problem());
        }
        String content = text.text();
        Position overlong = format == Format.YAML ? FlagsFileText.overlongLine(content) : null;
        if (overlong != null) {
            return unreadable(overlong, "a line longer than " + Limits.count(Limits.MAX_LINE_LENGTH) + " characters,"
                    + " the most a YAML flags file allows; break it up (a JSON file may be on one line, if it is"
                    + " named .json)");
        }
        Node root;
        JsonFactory factory = format == Format.JSON ? JSON : YAML;
        try (JsonParser parser = factory.createParser(content)) {
            root = new TreeReader(parser, this::duplicateKey).read();
        } catch (TreeReader.Refused e) {
            return unreadable(e.position(), e.getMessage());
        } catch (StreamConstraintsException e) {
            return unreadable(located(e), "beyond what a flags file may hold: " + jsonMessage(e));
        } catch (JsonProcessingException e) {
            Position at = located(e);
            return unreadable(at, "not valid " + format + ": " + (format == Format.YAML ? yamlMessage(e, at)
                    : jsonMessage(e)) + "; fix the syntax at this line");
        } catch (IOException e) {
            return unreadable(new Position(1, 1), "cannot read the file: " + e.getMessage());
        }
        LinkedHashMap<String, Flag> flags = new LinkedHashMap<>();
        if (root instanceof Node.Mapping mapping) {
            warnUnknownFields(mapping, TOP_LEVEL_FIELDS, "");
        }
        if (!(root instanceof Node.Mapping top) || !top.entries().containsKey("flags")) {
            Position at = root == null ? new Position(1, 1) : root.position();
            // Without the top-level mapping nothing in the file can be read: as bad as a syntax error.
            problems.add(new Problem(Problem.Kind.SYNTAX, Problem.Severity.ERROR, source, at, null, null,
                    "no 'flags:' mapping at the top of the file; start it with 'flags:' followed by the flag keys"
                            + " and their settings"));
            return sorted(flags);
        }
        Node flagsNode = top.entries().get("flags");
        if (flagsNode instanceof Node.Scalar s && (s.value() == null || "".equals(s.value()))) {
            return sorted(flags); // "flags:" with nothing under it: no flags yet
        }
        if (!(flagsNode instanceof Node.Mapping flagMap)) {
            invalid(flagsNode.position(), "flags", "expected a mapping of flag keys to their settings, got "
                    + flagsNode.typeName());
            return sorted(flags);
        }
        for (Map.Entry<String, Node> e : flagMap.entries().entrySet()) {
            Flag flag = readFlag(e.getKey(), flagMap.keyPosition(e.getKey()), e.getValue());
            flags.put(flag.key(), flag);
        }
        return sorted(flags);
    }

    /** A file that could not be read as a whole: one problem, no flags (what was found before is moot). */
    private FlagsFile unreadable(Position at, String message) {
        problems.clear();
        problems.add(new Problem(Problem.Kind.SYNTAX, Problem.Severity.ERROR, source, at, null, null, message));
        return new FlagsFile(source, new LinkedHashMap<>(), problems);
    }

    private static Position located(JsonProcessingException e) {
        Position at = TreeReader.position(e.getLocation());
        return at == Position.UNKNOWN ? new Position(1, 1) : at;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Limits.MAX_FILE_BYTES);
        options.setNestingDepthLimit(Limits.MAX_NESTING_DEPTH + 1);
        return options;
    }

    /** The result, problems in file order. */
    private FlagsFile sorted(LinkedHashMap<String, Flag> flags) {
        problems.sort(java.util.Comparator.comparingInt((Problem p) -> p.position().line())
                .thenComparingInt(p -> p.position().column()));
        return new FlagsFile(source, flags, problems);
    }

    private Flag readFlag(String key, Position keyAt, Node node) {
        currentFlag = key;
        evaluationBroken = false;
        if (!Flag.isValidKey(key)) {
            invalid(keyAt, null, "a flag key must start with a letter or digit and contain only letters, digits, "
                    + "'.', '_' and '-'; rename it");
        }
        Node.Mapping m;
        if (node instanceof Node.Mapping mapping) {
            m = mapping;
        } else {
            invalid(node.position(), null, "expected the flag's settings (owner, created, expires, ticket, ...), got "
                    + node.typeName());
            m = new Node.Mapping(node.position(), new LinkedHashMap<>(), Map.of());
            evaluationBroken = true;
        }
        warnUnknownFields(m, FLAG_FIELDS, "");

        String description = optionalString(m, "description");
        String owner = requiredString(m, keyAt, "owner", "the team or person who owns it, e.g. 'owner: payments-team'");
        LocalDate created = date(m, keyAt, "created", true, "the day it was added, e.g. 'created: 2026-01-15'");
        boolean permanent = bool(m, "permanent", false, false);
        LocalDate expires = date(m, keyAt, "expires", !permanent,
                "the day it should be gone, e.g. 'expires: 2026-04-01', or 'permanent: true' for a kill switch"
                        + " or ops toggle");
        String ticket = requiredString(m, keyAt, "ticket", "the ticket that tracks its removal, e.g. 'ticket: PAY-1234'");
        if (created != null && expires != null && created.isAfter(expires)) {
            invalid(m.keyPosition("expires"), "expires", "expires " + expires + " is before created " + created
                    + "; swap or correct the dates");
        }
        if (permanent && m.entries().containsKey("expires")) {
            problems.add(new Problem(Problem.Kind.INVALID_VALUE, Problem.Severity.WARNING, source,
                    m.keyPosition("expires"), currentFlag, "expires",
                    "a permanent flag never expires; remove 'expires' or 'permanent: true'"));
        }
        Metadata metadata = new Metadata(description, owner, created, expires, ticket, permanent);

        Targeting base = targeting(m, "", new Targeting(true, List.of(), null, Targeting.DEFAULT_ROLLOUT_BY), keyAt);
        Map<String, Targeting> environments = new LinkedHashMap<>();
        Node envNode = m.entries().get("environments");
        if (envNode instanceof Node.Mapping envs) {
            for (Map.Entry<String, Node> env : envs.entries().entrySet()) {
                String prefix = "environments." + env.getKey() + ".";
                if (env.getValue() instanceof Node.Mapping envMapping) {
                    warnUnknownFields(envMapping, ENVIRONMENT_FIELDS, prefix);
                    environments.put(env.getKey(), targeting(envMapping, prefix, base, envs.keyPosition(env.getKey())));
                } else {
                    brokenEvaluation(env.getValue().position(), prefix.substring(0, prefix.length() - 1),
                            "expected overrides of enabled, rules, rollout or rollout_by, got "
                                    + env.getValue().typeName());
                }
            }
        } else if (envNode != null) {
            brokenEvaluation(envNode.position(), "environments",
                    "expected a mapping of environment names to overrides, got " + envNode.typeName());
        }
        Flag flag = new Flag(key, keyAt, metadata, base, environments, !evaluationBroken);
        currentFlag = null;
        return flag;
    }

    /** Reads enabled/rules/rollout/rollout_by from {@code m}, each falling back to {@code inherited}. */
    private Targeting targeting(Node.Mapping m, String prefix, Targeting inherited, Position at) {
        boolean enabled = bool(m, "enabled", inherited.enabled(), true, prefix);
        List<Rule> rules = m.entries().containsKey("rules") ? rules(m.entries().get("rules"), prefix) : inherited.rules();
        Double rollout = m.entries().containsKey("rollout") ? rollout(m.entries().get("rollout"), prefix) : inherited.rollout();
        String rolloutBy = inherited.rolloutBy();
        Node by = m.entries().get("rollout_by");
        if (by != null) {
            if (by instanceof Node.Scalar s && s.value() instanceof String str && !str.isBlank()) {
                rolloutBy = str;
            } else {
                brokenEvaluation(by.position(), prefix + "rollout_by",
                        "expected the name of a context attribute, e.g. 'rollout_by: user_id', got " + by.typeName());
            }
        }
        if (!rules.isEmpty() && rollout == null && !rules.get(rules.size() - 1).matchesEveryone()) {
            brokenEvaluation(at, prefix.isEmpty() ? "rules" : prefix + "rules",
                    "the rules do not say what everyone else gets; add 'rollout: 0' (nobody else), "
                            + "a rollout percentage, or a last rule without 'if'");
        }
        return new Targeting(enabled, rules, rollout, rolloutBy);
    }

    private List<Rule> rules(Node node, String prefix) {
        if (!(node instanceof Node.Sequence seq)) {
            brokenEvaluation(node.position(), prefix + "rules", "expected a list of rules ('- if: {...}'), got "
                    + node.typeName());
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            String field = prefix + "rules[" + i + "]";
            Node item = seq.items().get(i);
            if (!(item instanceof Node.Mapping rule)) {
                brokenEvaluation(item.position(), field, "expected a rule with 'if' and 'enabled', got " + item.typeName());
                continue;
            }
            warnUnknownFields(rule, RULE_FIELDS, field + ".");
            if (!rule.entries().containsKey("enabled")) {
                problems.add(new Problem(Problem.Kind.MISSING_FIELD, Problem.Severity.ERROR, source, rule.position(),
                        currentFlag, field + ".enabled", "say what the rule gives: 'enabled: true' or 'enabled: false'"));
                evaluationBroken = true;
            }
            boolean enabled = bool(rule, "enabled", true, true, field + ".");
            List<Condition> conditions = conditions(rule.entries().get("if"), field + ".if");
            rules.add(new Rule(conditions, enabled, rule.position()));
        }
        return rules;
    }

    private List<Condition> conditions(Node node, String field) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof Node.Mapping m)) {
            brokenEvaluation(node.position(), field, "expected attribute conditions, e.g. '{ plan: enterprise }', got "
                    + node.typeName());
            return List.of();
        }
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
            String attribute = e.getKey();
            Node value = e.getValue();
            if (value instanceof Node.Mapping ops) {
                if (ops.entries().isEmpty()) {
                    brokenEvaluation(ops.position(), field + "." + attribute, "an operator mapping needs one of: "
                            + Operator.names());
                }
                for (Map.Entry<String, Node> op : ops.entries().entrySet()) {
                    String opField = field + "." + attribute + "." + op.getKey();
                    Operator operator = Operator.byYamlName(op.getKey()).orElse(null);
                    if (operator == null) {
                        brokenEvaluation(ops.keyPosition(op.getKey()), opField, "unknown operator '" + op.getKey()
                                + "'; use one of: " + Operator.names());
                        continue;
                    }
                    List<String> values = operandValues(op.getValue(), opField, operator);
                    if (values != null) {
                        conditions.add(new Condition(attribute, operator, values));
                    }
                }
            } else {
                List<String> values = operandValues(value, field + "." + attribute, Operator.IN);
                if (values != null) {
                    conditions.add(new Condition(attribute, Operator.IN, values));
                }
            }
        }
        return conditions;
    }

    /** The operand(s) as text, checked for the operator; {@code null} (and a problem) when unusable. */
    private List<String> operandValues(Node node, String field, Operator operator) {
        List<Node> items = node instanceof Node.Sequence seq ? seq.items() : List.of(node);
        boolean listAllowed = operator == Operator.IN || operator == Operator.NOT_IN
                || operator == Operator.STARTS_WITH || operator == Operator.ENDS_WITH;
        if (node instanceof Node.Sequence && !listAllowed) {
            brokenEvaluation(node.position(), field, "'" + operator.yamlName() + "' takes one value, not a list");
            return null;
        }
        if (items.isEmpty()) {
            brokenEvaluation(node.position(), field, "the list is empty, so the condition can never hold; add values");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof Node.Scalar s) || s.value() == null) {
                brokenEvaluation(item.position(), field, "expected a value (text, number or boolean), got "
                        + item.typeName());
                return null;
            }
            String text = operandText(s, operator, field);
            if (text == null) {
                return null;
            }
            if (operator.isSemver() && SemanticVersion.parse(text).isEmpty()) {
                brokenEvaluation(item.position(), field, "'" + text + "' is not a semantic version like 2.1.0");
                return null;
            }
            if (operator == Operator.MATCHES && !isUsableRegex(text, item.position(), field)) {
                return null;
            }
            values.add(text);
        }
        return values;
    }

    /**
     * The operand as the runtime compares it, or {@code null} (and a problem). Numbers mean their value for the
     * operators that compare values ({@code in}, {@code not_in}, {@code lt}...): {@code 0x10} is "16"; the text
     * operators (versions, regexes, prefixes, suffixes) take what was written. Booleans stay as written, so
     * {@code country: [NO]} means the text NO.
     */
    private String operandText(Node.Scalar s, Operator operator, String field) {
        boolean byValue = operator.isNumeric() || operator == Operator.IN || operator == Operator.NOT_IN;
        if (s.value() instanceof Number n && byValue) {
            Numeral number = Numeral.ofNumber(n, s.text());
            if (!number.ok()) {
                brokenEvaluation(s.position(), field, (operator.isNumeric() ? "'" + operator.yamlName()
                        + "' compares numbers; " : "") + number.problem());
                return null;
            }
            return number.text();
        }
        String text = s.value() instanceof String str ? str : s.text();
        if (operator.isNumeric()) {
            Numeral number = Numeral.ofText(text);
            if (!number.ok()) {
                brokenEvaluation(s.position(), field, "'" + operator.yamlName() + "' compares numbers; '" + text
                        + "' is not a number");
                return null;
            }
            return number.text();
        }
        return text;
    }

    private boolean isUsableRegex(String text, Position at, String field) {
        if (text.length() > Limits.MAX_REGEX_LENGTH) {
            brokenEvaluation(at, field, "a regular expression of " + Limits.count(text.length()) + " characters;"
                    + " 'matches' takes at most " + Limits.count(Limits.MAX_REGEX_LENGTH) + " (compiling and running"
                    + " one costs more the longer it is)");
            return false;
        }
        try {
            Pattern.compile(text);
            return true;
        } catch (PatternSyntaxException e) {
            brokenEvaluation(at, field, "not a valid regular expression: " + e.getDescription() + " near index "
                    + e.getIndex());
        } catch (StackOverflowError e) {
            brokenEvaluation(at, field, "a regular expression too deeply nested to compile; simplify it");
        }
        return false;
    }

    private Double rollout(Node node, String prefix) {
        String field = prefix + "rollout";
        if (node instanceof Node.Scalar s && s.value() instanceof Number n) {
            Numeral number = Numeral.ofNumber(n, s.text());
            if (!number.ok()) {
                brokenEvaluation(node.position(), field, "a rollout is a percentage from 0 to 100; "
                        + number.problem());
                return null;
            }
            BigDecimal percent = number.value();
            if (percent.compareTo(BigDecimal.ZERO) < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                brokenEvaluation(node.position(), field, "a rollout is a percentage from 0 to 100, got " + s.text());
                return null;
            }
            if (percent.stripTrailingZeros().scale() > 2) {
                brokenEvaluation(node.position(), field, "a rollout has at most two decimals (steps of 0.01%), got "
                        + s.text());
                return null;
            }
            return percent.doubleValue();
        }
        brokenEvaluation(node.position(), field, "expected a percentage from 0 to 100, e.g. 'rollout: 10', got "
                + node.typeName());
        return null;
    }

    private String optionalString(Node.Mapping m, String field) {
        Node node = m.entries().get(field);
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.value() != null && !(s.value() instanceof Boolean)) {
            return s.value() instanceof String str ? str : s.text();
        }
        invalid(node.position(), field, "expected text, got " + node.typeName());
        return null;
    }

    private String requiredString(Node.Mapping m, Position flagAt, String field, String hint) {
        if (!m.entries().containsKey(field) || isNull(m.entries().get(field))) {
            missing(flagAt, field, hint);
            return null;
        }
        String value = optionalString(m, field);
        if (value != null && value.isBlank()) {
            invalid(m.entries().get(field).position(), field, "must not be empty: " + hint);
            return null;
        }
        return value;
    }

    private LocalDate date(Node.Mapping m, Position flagAt, String field, boolean required, String hint) {
        Node node = m.entries().get(field);
        if (node == null || isNull(node)) {
            if (required) {
                missing(flagAt, field, hint);
            }
            return null;
        }
        String text = node instanceof Node.Scalar s && s.value() instanceof String str ? str : null;
        if (text != null) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        invalid(node.position(), field, "expected an ISO-8601 date (YYYY-MM-DD), got "
                + (node instanceof Node.Scalar s ? "'" + s.text() + "'" : node.typeName()) + "; " + hint);
        return null;
    }

    private boolean bool(Node.Mapping m, String field, boolean fallback, boolean evaluation) {
        return bool(m, field, fallback, evaluation, "");
    }

    private boolean bool(Node.Mapping m, String field, boolean fallback, boolean evaluation, String prefix) {
        Node node = m.entries().get(field);
        if (node == null) {
            return fallback;
        }
        if (node instanceof Node.Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        String message = "expected true or false, got " + (node instanceof Node.Scalar s ? "'" + s.text() + "'"
                : node.typeName());
        if (evaluation) {
            brokenEvaluation(node.position(), prefix + field, message);
        } else {
            invalid(node.position(), prefix + field, message);
        }
        return fallback;
    }

    private void warnUnknownFields(Node.Mapping m, Set<String> known, String prefix) {
        for (String name : m.entries().keySet()) {
            if (!known.contains(name)) {
                String suggestion = Spelling.closest(name, known).orElse(null);
                problems.add(new Problem(Problem.Kind.UNKNOWN_FIELD, Problem.Severity.WARNING, source,
                        m.keyPosition(name), currentFlag, prefix + name, "unknown field"
                        + (suggestion == null ? "; known fields here: " : "; did you mean '" + suggestion
                        + "'? Known fields here: ")
                        + known.stream().sorted().collect(Collectors.joining(", "))));
            }
        }
    }

    private void duplicateKey(Position at, String key, Position first, List<String> path) {
        boolean isFlag = path.size() == 1 && path.get(0).equals("flags");
        String flag = isFlag ? key : (path.size() >= 2 && path.get(0).equals("flags") ? path.get(1) : null);
        String field = isFlag ? null : key;
        problems.add(new Problem(Problem.Kind.INVALID_VALUE, Problem.Severity.ERROR, source, at, flag, field,
                (isFlag ? "duplicate flag key" : "duplicate field") + " (first written at line " + first.line()
                        + "); keep one and delete the other"));
    }

    private void missing(Position at, String field, String hint) {
        problems.add(new Problem(Problem.Kind.MISSING_FIELD, Problem.Severity.ERROR, source, at, currentFlag, field,
                "missing; add " + hint));
    }

    private void invalid(Position at, String field, String message) {
        problems.add(new Problem(Problem.Kind.INVALID_VALUE, Problem.Severity.ERROR, source, at, currentFlag, field,
                message));
    }

    private void brokenEvaluation(Position at, String field, String message) {
        invalid(at, field, message);
        evaluationBroken = true;
    }

    private static boolean isNull(Node node) {
        return node instanceof Node.Scalar s && s.value() == null;
    }

    private static String jsonMessage(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return original.lines().findFirst().orElse(original).strip();
    }

    private static String yamlMessage(JsonProcessingException e, Position at) {
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        // SnakeYAML explains in several lines ("while parsing ...", a snippet, "in 'reader', line N",
        // "expected <block end>, but found ..."); the last explanatory line is the one that says what broke.
        List<String> lines = original.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("in 'reader'") && !l.startsWith("^")
                        && !l.contains(" at [Source"))
                .toList();
        String reason = lines.stream().filter(l -> l.contains("expected") || l.contains("found")
                        || l.contains("not allowed") || l.contains("Unexpected") || l.contains("Duplicate"))
                .reduce((a, b) -> b).orElse(lines.isEmpty() ? original : lines.get(lines.size() - 1));
        if (at.column() > LONGEST_YAML_KEY) {
            // SnakeYAML stops looking for a key's ':' after 1024 characters and says so this way.
            return reason + " (a key may have at most " + Limits.MAX_NAME_LENGTH + " characters)";
        }
        return reason + " (usually wrong indentation: indent each flag's fields by the same spaces under its key,"
                + " no tabs)";
    }
}
