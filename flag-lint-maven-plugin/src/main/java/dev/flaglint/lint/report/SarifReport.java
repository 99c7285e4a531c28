package dev.flaglint.lint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.adjust.Baseline;
import dev.flaglint.lint.check.LintRule;
import dev.flaglint.lint.check.Rules;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code flag-lint.sarif} (SARIF 2.1.0), for code scanning (e.g. GitHub's upload-sarif):
 * one run, every rule described, one result per finding with a path relative to the repository root.
 */
public final class SarifReport implements LintOutput {

    public static final String FILE_NAME = "flag-lint.sarif";

    /** The base the result URIs are relative to: the repository root. */
    public static final String SRCROOT = "%SRCROOT%";

    private static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private final Path directory;
    private final Map<String, String> environment;

    /**
     * @param directory   where {@value #FILE_NAME} is written
     * @param environment the build's environment: {@code GITHUB_WORKSPACE} locates the repository root
     */
    public SarifReport(Path directory, Map<String, String> environment) {
        this.directory = directory;
        this.environment = Map.copyOf(environment);
    }

    /** The file this output writes. */
    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    @Override
    public void write(LintRequest request, LintResult result) {
        write(request, result.findings());
    }

    /** Writes {@code findings} as the report of {@code request}'s module; returns the file. */
    public Path write(LintRequest request, List<Finding> findings) {
        Path out = file();
        try {
            Files.createDirectories(directory);
            try (JsonGenerator json = JsonFiles.create(out)) {
                write(json, request, findings);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SARIF report to " + out, e);
        }
    }

    /** Every rule's description, in {@link RuleId} order: the check's rules, then the baseline's stale entries. */
    static List<RuleDoc> ruleDocs() {
        List<RuleDoc> docs = new ArrayList<>(Rules.all().stream().map(LintRule::doc).toList());
        docs.add(Baseline.STALE_ENTRY);
        return docs;
    }

    private void write(JsonGenerator json, LintRequest request, List<Finding> findings) throws IOException {
        ToolInfo tool = ToolInfo.load();
        Path root = RepositoryRoot.find(environment, request.moduleDir());

        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", tool.name());
        json.writeStringField("version", tool.version());
        if (tool.informationUri() != null) {
            json.writeStringField("informationUri", tool.informationUri());
        }
        json.writeArrayFieldStart("rules");
        Map<RuleId, Integer> ruleIndex = new EnumMap<>(RuleId.class);
        for (RuleDoc doc : ruleDocs()) {
            ruleIndex.put(doc.id(), ruleIndex.size());
            json.writeStartObject();
            json.writeStringField("id", doc.id().id());
            json.writeStringField("name", doc.name());
            text(json, "shortDescription", doc.shortDescription());
            text(json, "fullDescription", doc.fullDescription());
            text(json, "help", doc.help());
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(request.severities()
                    .severityOf(doc.id(), doc.defaultSeverity()).orElse(doc.defaultSeverity())));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray(); // rules
        json.writeEndObject(); // driver
        json.writeEndObject(); // tool
        json.writeObjectFieldStart("automationDetails");
        json.writeStringField("id", "flag-lint/" + request.module() + "/");
        json.writeEndObject();
        json.writeStringField("columnKind", "utf16CodeUnits");
        json.writeArrayFieldStart("results");
        for (Finding f : findings) {
            json.writeStartObject();
            json.writeStringField("ruleId", f.rule().id());
            Integer index = ruleIndex.get(f.rule());
            if (index != null) {
                json.writeNumberField("ruleIndex", index);
            }
            json.writeStringField("level", level(f.severity()));
            text(json, "message", f.text());
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            json.writeObjectFieldStart("physicalLocation");
            json.writeObjectFieldStart("artifactLocation");
            json.writeStringField("uri", uri(RepositoryRoot.relative(root, request.moduleDir(), f.file())));
            json.writeStringField("uriBaseId", SRCROOT);
            json.writeEndObject();
            if (f.line() > 0) {
                json.writeObjectFieldStart("region");
                json.writeNumberField("startLine", f.line());
                if (f.column() > 0) {
                    json.writeNumberField("startColumn", f.column());
                }
                json.writeEndObject();
            }
            json.writeEndObject(); // physicalLocation
            json.writeEndObject();
            json.writeEndArray(); // locations
            switch (f.baseline()) {
                case NEW -> json.writeStringField("baselineState", "new");
                case UNCHANGED -> json.writeStringField("baselineState", "unchanged");
                case NONE -> { } // no baseline in use, or a finding about the baseline itself
            }
            json.writeEndObject();
        }
        json.writeEndArray(); // results
        json.writeEndObject(); // the run
        json.writeEndArray(); // runs
        json.writeEndObject();
    }

    /** {@code "name": {"text": text}}, SARIF's message object. */
    private static void text(JsonGenerator json, String name, String text) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative path as a URI reference: {@code /}-separated, percent-encoded where needed. */
    static String uri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.replace(" ", "%20");
        }
    }
}
