package dev.flaglint.lint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.lint.model.WrapperCandidate;
import dev.flaglint.lint.source.ModulePaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code flag-lint.json}: the call sites and findings of one module, for tools and CI. */
public final class JsonReport implements LintOutput {

    public static final String FILE_NAME = "flag-lint.json";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path directory;

    /** @param directory where {@value #FILE_NAME} is written */
    public JsonReport(Path directory) {
        this.directory = directory;
    }

    /** The file this output writes. */
    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    @Override
    public void write(LintRequest request, LintResult result) {
        try {
            Files.createDirectories(directory);
            mapper.writeValue(file().toFile(), toJson(request, result));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + directory, e);
        }
    }

    ObjectNode toJson(LintRequest request, LintResult result) {
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", "flag-lint");
        root.put("module", request.module());
        root.put("flagsFile", request.flagsFile() == null ? null
                : ModulePaths.relative(request.moduleDir(), request.flagsFile()));
        root.put("today", request.today().toString());
        root.put("filesScanned", result.filesScanned());
        root.put("millis", result.millis());
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("callSites", result.callSites().size());
        ArrayNode sites = root.putArray("callSites");
        for (CallSite s : result.callSites()) {
            ObjectNode n = sites.addObject();
            n.put("file", s.file());
            n.put("line", s.line());
            n.put("column", s.column());
            n.put("key", s.key());
            n.put("expression", s.expression());
            n.put("resolution", s.resolution().label());
            if (s.pattern() != null) {
                n.put("pattern", s.pattern());
            }
            n.put("api", s.api());
            n.put("origin", s.origin().label());
            n.put("kind", s.kind().label());
            n.put("test", s.test());
        }
        ArrayNode wrapperList = root.putArray("wrappers");
        for (WrapperCandidate w : result.wrappers()) {
            ObjectNode n = wrapperList.addObject();
            n.put("api", w.type() + "#" + w.method());
            if (!w.keyIsReceiver()) {
                n.put("keyArgument", w.parameter());
            }
            if (w.enumMember() != null) {
                n.put("keyMember", w.enumMember());
            }
            if (!w.affix().isNone()) {
                n.put("keyTemplate", w.affix().template());
            }
            n.put("wraps", w.wraps().describe(w.wrapsMethod()));
            n.put("file", w.file());
            n.put("line", w.line());
        }
        ArrayNode list = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode n = list.addObject();
            n.put("rule", f.rule().id());
            n.put("severity", f.severity().label());
            n.put("flag", f.flag());
            n.put("file", f.file());
            n.put("line", f.line());
            n.put("column", f.column());
            n.put("message", f.text());
        }
        return root;
    }
}
