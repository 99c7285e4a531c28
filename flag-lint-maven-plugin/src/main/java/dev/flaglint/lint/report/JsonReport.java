package dev.flaglint.lint.report;

import com.fasterxml.jackson.core.JsonGenerator;
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
            try (JsonGenerator json = JsonFiles.create(file())) {
                write(json, request, result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + directory, e);
        }
    }

    private static void write(JsonGenerator json, LintRequest request, LintResult result) throws IOException {
        json.writeStartObject();
        json.writeStringField("tool", "flag-lint");
        json.writeStringField("module", request.module());
        json.writeStringField("flagsFile", request.flagsFile() == null ? null
                : ModulePaths.relative(request.moduleDir(), request.flagsFile()));
        json.writeStringField("today", request.today().toString());
        json.writeNumberField("filesScanned", result.filesScanned());
        json.writeNumberField("millis", result.millis());
        json.writeObjectFieldStart("summary");
        json.writeNumberField("errors", result.count(Severity.ERROR));
        json.writeNumberField("warnings", result.count(Severity.WARNING));
        json.writeNumberField("callSites", result.callSites().size());
        json.writeEndObject();
        json.writeArrayFieldStart("callSites");
        for (CallSite s : result.callSites()) {
            json.writeStartObject();
            json.writeStringField("file", s.file());
            json.writeNumberField("line", s.line());
            json.writeNumberField("column", s.column());
            json.writeStringField("key", s.key());
            json.writeStringField("expression", s.expression());
            json.writeStringField("resolution", s.resolution().label());
            if (s.pattern() != null) {
                json.writeStringField("pattern", s.pattern());
            }
            json.writeStringField("api", s.api());
            json.writeStringField("origin", s.origin().label());
            json.writeStringField("kind", s.kind().label());
            json.writeBooleanField("test", s.test());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("wrappers");
        for (WrapperCandidate w : result.wrappers()) {
            json.writeStartObject();
            json.writeStringField("api", w.type() + "#" + w.method());
            if (!w.keyIsReceiver()) {
                json.writeNumberField("keyArgument", w.parameter());
            }
            if (w.enumMember() != null) {
                json.writeStringField("keyMember", w.enumMember());
            }
            if (!w.affix().isNone()) {
                json.writeStringField("keyTemplate", w.affix().template());
            }
            json.writeStringField("wraps", w.wraps().describe(w.wrapsMethod()));
            json.writeStringField("file", w.file());
            json.writeNumberField("line", w.line());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("findings");
        for (Finding f : result.findings()) {
            json.writeStartObject();
            json.writeStringField("rule", f.rule().id());
            json.writeStringField("severity", f.severity().label());
            json.writeStringField("flag", f.flag());
            json.writeStringField("file", f.file());
            json.writeNumberField("line", f.line());
            json.writeNumberField("column", f.column());
            json.writeStringField("message", f.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
