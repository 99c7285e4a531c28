package dev.flaglint.lint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
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
            mapper.writeValue(out.toFile(), toJson(request, findings));
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

    ObjectNode toJson(LintRequest request, List<Finding> findings) {
        ToolInfo tool = ToolInfo.load();
        Path root = RepositoryRoot.find(environment, request.moduleDir());

        ObjectNode log = mapper.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", tool.name());
        driver.put("version", tool.version());
        if (tool.informationUri() != null) {
            driver.put("informationUri", tool.informationUri());
        }
        ArrayNode rules = driver.putArray("rules");
        Map<RuleId, Integer> ruleIndex = new EnumMap<>(RuleId.class);
        for (RuleDoc doc : ruleDocs()) {
            ruleIndex.put(doc.id(), ruleIndex.size());
            ObjectNode r = rules.addObject();
            r.put("id", doc.id().id());
            r.put("name", doc.name());
            r.putObject("shortDescription").put("text", doc.shortDescription());
            r.putObject("fullDescription").put("text", doc.fullDescription());
            r.putObject("help").put("text", doc.help());
            r.putObject("defaultConfiguration").put("level", level(request.severities()
                    .severityOf(doc.id(), doc.defaultSeverity()).orElse(doc.defaultSeverity())));
        }
        run.putObject("automationDetails").put("id", "flag-lint/" + request.module() + "/");
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        for (Finding f : findings) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.rule().id());
            Integer index = ruleIndex.get(f.rule());
            if (index != null) {
                r.put("ruleIndex", index);
            }
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.text());
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", uri(RepositoryRoot.relative(root, request.moduleDir(), f.file())));
            artifact.put("uriBaseId", SRCROOT);
            if (f.line() > 0) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", f.line());
                if (f.column() > 0) {
                    region.put("startColumn", f.column());
                }
            }
            switch (f.baseline()) {
                case NEW -> r.put("baselineState", "new");
                case UNCHANGED -> r.put("baselineState", "unchanged");
                case NONE -> { } // no baseline in use, or a finding about the baseline itself
            }
        }
        return log;
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
