package dev.flaglint.lint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.lint.Finding;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.Severity;
import dev.flaglint.lint.baseline.Baseline;
import dev.flaglint.lint.check.RuleDocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code flag-lint.sarif} (SARIF 2.1.0), for code scanning (e.g. GitHub's upload-sarif):
 * one run, every rule described, one result per finding with a path relative to the repository root.
 */
public final class SarifReport {

    public static final String FILE_NAME = "flag-lint.sarif";

    /** The base the result URIs are relative to: the repository root. */
    public static final String SRCROOT = "%SRCROOT%";

    private static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Path write(LintRequest request, List<Finding> findings) {
        Path out = request.reportDirectory().resolve(FILE_NAME);
        try {
            Files.createDirectories(request.reportDirectory());
            mapper.writeValue(out.toFile(), toJson(request, findings));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SARIF report to " + out, e);
        }
    }

    ObjectNode toJson(LintRequest request, List<Finding> findings) {
        ToolInfo tool = ToolInfo.load();
        Path root = RepositoryRoot.find(request.options().environment(), request.moduleDir());
        boolean baselineActive = request.options().baselineFile() != null
                && Files.isRegularFile(request.options().baselineFile());

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
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleDocs.RuleDoc doc : RuleDocs.all()) {
            ruleIndex.put(doc.id(), ruleIndex.size());
            ObjectNode r = rules.addObject();
            r.put("id", doc.id());
            r.put("name", doc.name());
            r.putObject("shortDescription").put("text", doc.shortDescription());
            r.putObject("fullDescription").put("text", doc.fullDescription());
            r.putObject("help").put("text", doc.help());
            r.putObject("defaultConfiguration").put("level", level(request.options().severities()
                    .severityOf(doc.id(), doc.defaultSeverity()).orElse(doc.defaultSeverity())));
        }
        run.putObject("automationDetails").put("id", "flag-lint/" + request.module() + "/");
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        for (Finding f : findings) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.rule());
            Integer index = ruleIndex.get(f.rule());
            if (index != null) {
                r.put("ruleIndex", index);
            }
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.message());
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
            if (baselineActive && !f.rule().equals(RuleDocs.STALE_BASELINE)) {
                r.put("baselineState", Baseline.isBaselined(f) ? "unchanged" : "new");
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
