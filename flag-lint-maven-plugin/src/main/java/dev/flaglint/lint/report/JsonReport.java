package dev.flaglint.lint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.lint.CallSite;
import dev.flaglint.lint.Finding;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.Severity;
import dev.flaglint.lint.scan.WrapperCandidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes {@code flag-lint.json}: the call sites and findings of one module, for tools and CI. */
public final class JsonReport {

    public static final String FILE_NAME = "flag-lint.json";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Path write(LintRequest request, String flagsFile, List<CallSite> callSites,
                      List<WrapperCandidate> wrappers, List<Finding> findings,
                      int filesScanned, long millis) {
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", "flag-lint");
        root.put("module", request.module());
        root.put("flagsFile", flagsFile);
        root.put("today", request.today().toString());
        root.put("filesScanned", filesScanned);
        root.put("millis", millis);
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
        summary.put("warnings", findings.stream().filter(f -> f.severity() == Severity.WARNING).count());
        summary.put("callSites", callSites.size());
        ArrayNode sites = root.putArray("callSites");
        for (CallSite s : callSites) {
            ObjectNode n = sites.addObject();
            n.put("file", s.file());
            n.put("line", s.line());
            n.put("column", s.column());
            n.put("key", s.key());
            n.put("expression", s.expression());
            n.put("resolution", s.resolution());
            if (s.pattern() != null) {
                n.put("pattern", s.pattern());
            }
            n.put("api", s.api());
            n.put("origin", s.origin());
            n.put("test", s.test());
        }
        ArrayNode wrapperList = root.putArray("wrappers");
        for (WrapperCandidate w : wrappers) {
            ObjectNode n = wrapperList.addObject();
            n.put("api", w.type() + "#" + w.method());
            n.put("keyArgument", w.parameter());
            n.put("wraps", w.wraps().describe(w.wrapsMethod()));
            n.put("file", w.file());
            n.put("line", w.line());
        }
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode n = list.addObject();
            n.put("rule", f.rule());
            n.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            n.put("flag", f.flag());
            n.put("file", f.file());
            n.put("line", f.line());
            n.put("column", f.column());
            n.put("message", f.message());
        }
        try {
            Files.createDirectories(request.reportDirectory());
            Path out = request.reportDirectory().resolve(FILE_NAME);
            mapper.writeValue(out.toFile(), root);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + request.reportDirectory(), e);
        }
    }
}
