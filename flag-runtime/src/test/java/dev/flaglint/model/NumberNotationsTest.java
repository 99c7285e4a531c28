package dev.flaglint.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.flaglint.model.OneFlag.onlyProblem;
import static dev.flaglint.model.OneFlag.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every YAML way of writing a number either means its YAML 1.1 value or is a problem at its line and field:
 * reading a file never throws on a number.
 */
class NumberNotationsTest {

    @ParameterizedTest(name = "rollout: {0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "10       | 10.0",
            "1_0      | 10.0",
            "0x10     | 16.0",
            "0b101    | 5.0",
            "+5       | 5.0",
            ".5       | 0.5",
            "12.25    | 12.25",
            "1e1      | 10.0",
            "1_0.5_0  | 10.5",
            "-0       | 0.0",
            "0        | 0.0"})
    void rolloutNumbersMeanTheirYamlValue(String written, double percent) {
        FlagsFile file = parse("    rollout: " + written + "\n");

        assertThat(file.problems()).isEmpty();
        assertThat(file.flags().get("f").targeting().rollout()).isEqualTo(percent);
    }

    @ParameterizedTest(name = "rollout: {0}")
    @CsvSource(delimiter = '|', value = {
            "1_000                          | a rollout is a percentage from 0 to 100, got 1_000",
            "0x100                          | a rollout is a percentage from 0 to 100, got 0x100",
            "1e3                            | a rollout is a percentage from 0 to 100, got 1e3",
            "-0b1                           | a rollout is a percentage from 0 to 100, got -0b1",
            "123456789012345678901234567890 | a rollout is a percentage from 0 to 100, got 123456789012345678901234567890",
            "1e-9999999999                  | a rollout is a percentage from 0 to 100; '1e-9999999999' is out of range",
            "1e400                          | a rollout is a percentage from 0 to 100; '1e400' is out of range",
            ".inf                           | a rollout is a percentage from 0 to 100; '.inf' is not a finite number",
            "-.Inf                          | a rollout is a percentage from 0 to 100; '-.Inf' is not a finite number",
            ".nan                           | a rollout is a percentage from 0 to 100; '.nan' is not a finite number",
            "1e-3                           | a rollout has at most two decimals (steps of 0.01%), got 1e-3",
            "017                            | a rollout is a percentage from 0 to 100; '017' is ambiguous: YAML 1.1 reads a leading zero as octal, YAML 1.2 and JSON as decimal; write it without the leading zero, or quote it if it is text",
            "0o17                           | expected a percentage from 0 to 100, e.g. 'rollout: 10', got a string",
            "\"10\"                           | expected a percentage from 0 to 100, e.g. 'rollout: 10', got a string"})
    void otherRolloutNumbersAreAProblemAtTheirLine(String written, String message) {
        FlagsFile file = parse("    rollout: " + written + "\n");
        Problem p = onlyProblem(file);

        assertThat(p.toString()).isEqualTo("flags.yaml:7:14: flag 'f' field 'rollout': " + message);
        assertThat(file.flags().get("f").valid()).isFalse();
    }

    @ParameterizedTest(name = "gte: {0} compares with {1}")
    @CsvSource(delimiter = '|', value = {
            "0x10      | 16",
            "1_000     | 1000",
            "0b101     | 5",
            "+5        | 5",
            ".5        | 0.5",
            "1e3       | 1e3",
            "-1.5      | -1.5",
            "1e-400    | 1e-400",
            "'\"12\"'  | 12",
            "' 12 '    | 12",
            "123456789012345678901234567890 | 123456789012345678901234567890"})
    void numericOperandsAreGivenToTheRuntimeInJsonSyntax(String written, String operand) {
        assertThat(operands("{ age: { gte: " + written + " } }")).containsExactly(operand);
    }

    @ParameterizedTest(name = "gte: {0}")
    @CsvSource(delimiter = '|', value = {
            ".inf     | 'gte' compares numbers; '.inf' is not a finite number",
            ".NaN     | 'gte' compares numbers; '.NaN' is not a finite number",
            "1e400    | 'gte' compares numbers; '1e400' is out of range",
            "010      | 'gte' compares numbers; '010' is ambiguous: YAML 1.1 reads a leading zero as octal, YAML 1.2 and JSON as decimal; write it without the leading zero, or quote it if it is text",
            "0o17     | 'gte' compares numbers; '0o17' is not a number",
            "'\"0x10\"' | 'gte' compares numbers; '0x10' is not a number",
            "'\"NaN\"'  | 'gte' compares numbers; 'NaN' is not a number",
            "'\"10d\"'  | 'gte' compares numbers; '10d' is not a number"})
    void numericOperandsThatAreNotFiniteOrNotPlainAreAProblem(String written, String message) {
        assertThat(problem("{ age: { gte: " + written + " } }")).isEqualTo("rules[0].if.age.gte: " + message);
    }

    @ParameterizedTest(name = "in: {0}")
    @CsvSource(delimiter = '|', value = {
            "[0x10, 1_000, +5]     | 16,1000,5",
            "[123, 1.50, 1e3, -7]  | 123,1.50,1e3,-7",
            "[.5, 1_0.5]           | 0.5,10.5",
            "['007', \"0x10\", NO] | 007,0x10,NO"})
    void equalityOperandsAreNumbersByValueAndTextAsWritten(String written, String operands) {
        assertThat(operands("{ user_id: " + written + " }")).containsExactlyElementsOf(List.of(operands.split(",")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "semver_gte  | 2.1      | 2.1",
            "starts_with | 0x1F     | 0x1F",
            "ends_with   | 007      | 007",
            "matches     | 1_000    | 1_000"})
    void textOperatorsTakeNumbersAsWritten(String operator, String written, String operand) {
        assertThat(operands("{ v: { " + operator + ": " + written + " } }")).containsExactly(operand);
    }

    @ParameterizedTest(name = "in: {0}")
    @CsvSource(delimiter = '|', value = {
            "[1, 017]   | '017' is ambiguous: YAML 1.1 reads a leading zero as octal, YAML 1.2 and JSON as decimal; write it without the leading zero, or quote it if it is text",
            "[.inf]     | '.inf' is not a finite number",
            "[-1e999]   | '-1e999' is out of range"})
    void equalityOperandsThatCannotBeReadTheSameEverywhereAreAProblem(String written, String message) {
        assertThat(problem("{ zip: " + written + " }")).isEqualTo("rules[0].if.zip: " + message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"flags\": {\"f\": {\"rollout\": 1e2}}}  | ",
            "{\"flags\": {\"f\": {\"rollout\": 1e-99999999999}}} | a rollout is a percentage from 0 to 100; '1e-99999999999' is out of range"})
    void jsonNumbersFollowTheSameRules(String json, String message) {
        FlagsFile file = FlagsFile.parse("flags.json", json, Format.JSON);

        List<String> rollout = file.problems().stream().filter(p -> "rollout".equals(p.field()))
                .map(Problem::message).toList();
        assertThat(rollout).isEqualTo(message == null ? List.of() : List.of(message));
    }

    /** The operands the runtime gets from {@code condition}, a valid one-condition {@code if}. */
    private static List<String> operands(String condition) {
        FlagsFile file = parse(rule(condition));
        assertThat(file.problems()).isEmpty();
        return file.flags().get("f").targeting().rules().get(0).conditions().get(0).values();
    }

    /** "field: message" of the one problem of {@code condition}, which is on line 8. */
    private static String problem(String condition) {
        Problem p = onlyProblem(parse(rule(condition)));
        assertThat(p.position().line()).isEqualTo(8);
        return p.field() + ": " + p.message();
    }

    private static String rule(String condition) {
        return "    rules:\n      - if: " + condition + "\n        enabled: true\n    rollout: 0\n";
    }
}
