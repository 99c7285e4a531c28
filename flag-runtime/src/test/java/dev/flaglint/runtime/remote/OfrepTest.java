package dev.flaglint.runtime.remote;

import dev.flaglint.runtime.ErrorCode;
import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.FlagContext;
import dev.flaglint.runtime.Reason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** OFREP's JSON as the client writes and reads it. */
class OfrepTest {

    @Test
    void aContextIsCanonicalJsonThatKeepsTypes() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("plan", "enterprise");
        context.put("age", 42);
        context.put("beta", true);
        context.put("score", new BigDecimal("1.50"));
        context.put("ratio", Double.NaN);
        context.put("gone", null);
        context.put("when", java.time.LocalDate.of(2026, 12, 1));
        assertThat(Ofrep.context(context)).isEqualTo("{\"age\":42,\"beta\":true,\"plan\":\"enterprise\",\"ratio\":\"NaN\","
                + "\"score\":1.50,\"when\":\"2026-12-01\"}");
        assertThat(Ofrep.context(FlagContext.targeting("u").with("plan", "x")))
                .isEqualTo(Ofrep.context(Map.of("plan", "x", "targetingKey", "u")));
        assertThat(new String(Ofrep.body(Ofrep.context(null)), StandardCharsets.UTF_8)).isEqualTo("{\"context\":{}}");
    }

    @Test
    void anAnswerIsAnEvaluationWithTheRuntimesTypesOrAnErrorCode() {
        Ofrep.Answer ok = Ofrep.answer(("{\"key\":\"layout\",\"value\":{\"columns\":2,\"big\":5000000000,\"w\":1.5,"
                + "\"tags\":[\"a\"]},\"variant\":\"compact\",\"reason\":\"TARGETING_MATCH\",\"metadata\":{\"owner\":\"web\","
                + "\"expires\":\"2099-02-01\",\"ticket\":\"WEB-1\"}}").getBytes(StandardCharsets.UTF_8));
        Evaluation e = ok.evaluation(false);
        assertThat(e.value()).isEqualTo(Map.of("columns", 2, "big", 5_000_000_000L, "w", 1.5, "tags", List.of("a")));
        assertThat(e.variant()).isEqualTo("compact");
        assertThat(e.reason()).isEqualTo(Reason.TARGETING_MATCH);
        assertThat(e.ruleIndex()).isEqualTo(Evaluation.NO_RULE);
        assertThat(ok.metadata().owner()).isEqualTo("web");
        assertThat(ok.metadata().expires()).hasToString("2099-02-01");

        Ofrep.Answer missing = Ofrep.answer("{\"key\":\"x\",\"errorCode\":\"TARGETING_KEY_MISSING\",\"errorDetails\":\"d\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(missing.evaluation(true)).isEqualTo(Evaluation.error(ErrorCode.TARGETING_KEY_MISSING, true));
        assertThat(Ofrep.answer("{\"errorCode\":\"SOMETHING_NEW\"}".getBytes(StandardCharsets.UTF_8)).error())
                .isEqualTo(ErrorCode.GENERAL);
        assertThat(Ofrep.answer("{\"value\":1,\"reason\":\"CACHED\"}".getBytes(StandardCharsets.UTF_8))
                .evaluation(false).reason()).as("a reason flag-runtime does not have").isEqualTo(Reason.DEFAULT);
        assertThat(Ofrep.answer("not json".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(Ofrep.answer("{\"key\":\"x\"}".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(Ofrep.answers(("{\"flags\":[{\"key\":\"a\",\"value\":true,\"variant\":\"on\",\"reason\":\"STATIC\"},"
                + "{\"value\":true},{\"key\":\"b\",\"errorCode\":\"FLAG_NOT_FOUND\"}]}").getBytes(StandardCharsets.UTF_8)))
                .containsOnlyKeys("a", "b");
    }
}
