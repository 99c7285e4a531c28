package dev.flaglint.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's declared environments, an override naming another one, and loading an environment the file lacks. */
class EnvironmentsTest {

    private static FlagsFile yaml(String text) {
        return FlagsFile.parse("flags.yaml", text, Format.YAML);
    }

    private static final String DECLARED = """
            environments: [staging, production]
            flags:
              f:
                owner: o
                created: 2026-01-01
                permanent: true
                ticket: T-1
            """;

    @Test
    void declaredEnvironmentsAreReadInOrder() {
        FlagsFile file = yaml(DECLARED + "    environments:\n      staging: { rollout: 100 }\n");

        assertThat(file.problems()).isEmpty();
        assertThat(file.declaredEnvironments()).contains(List.of("staging", "production"));
        assertThat(file.usedEnvironments()).containsExactly("staging");
        assertThat(yaml(DECLARED.substring(DECLARED.indexOf("flags:"))).declaredEnvironments()).isEmpty();
    }

    @Test
    void anOverrideForAnUndeclaredEnvironmentIsAnErrorThatLeavesTheFlagUsable() {
        FlagsFile file = yaml(DECLARED + "    environments:\n      prod: { enabled: false }\n");

        Problem p = OneFlag.onlyProblem(file);
        assertThat(p.toString()).isEqualTo("flags.yaml:9:7: flag 'f' field 'environments.prod': environment 'prod' is"
                + " not among the declared environments [staging, production]; did you mean 'production'? fix the"
                + " name, or declare it in 'environments' at the top of the file");
        assertThat(p.isError()).isTrue();
        assertThat(file.flag("f").orElseThrow().valid()).isTrue();
    }

    @Test
    void aMalformedDeclarationIsAProblemAndDeclaresNothing() {
        assertThat(OneFlag.onlyProblem(yaml("environments: production\n" + DECLARED.substring(DECLARED.indexOf("flags:"))))
                .toString()).isEqualTo("flags.yaml:1:15: field 'environments': expected the list of environments the"
                + " flags are evaluated in, e.g. 'environments: [staging, production]', got a string");
        FlagsFile twice = yaml("environments: [qa, qa]\n" + DECLARED.substring(DECLARED.indexOf("flags:")));
        assertThat(OneFlag.onlyProblem(twice).message()).isEqualTo("environment 'qa' is listed twice; list it once");
        assertThat(twice.declaredEnvironments()).isEmpty();
    }

    @Test
    void loadingAnUndeclaredEnvironmentIsAProblemWithASuggestion() {
        FlagsFile file = yaml(DECLARED);

        assertThat(file.environmentProblem("production")).isEmpty();
        assertThat(file.environmentProblem(null)).isEmpty();
        Problem prod = file.environmentProblem("prod").orElseThrow();
        assertThat(prod.toString()).isEqualTo("flags.yaml:1:1: environment 'prod' is not declared in this file's"
                + " environments [staging, production]; did you mean 'production'? Load a declared environment, or"
                + " declare it; until then every flag evaluates with its defaults");
        assertThat(file.environmentProblem("qa").orElseThrow().message()).startsWith("environment 'qa' is not declared"
                + " in this file's environments [staging, production]. Load");
    }

    @Test
    void withoutADeclarationOnlyANearMissOfAUsedEnvironmentIsAProblem() {
        FlagsFile file = yaml(DECLARED.substring(DECLARED.indexOf("flags:"))
                + "    environments:\n      production: { rollout: 5 }\n      staging: { rollout: 100 }\n");

        assertThat(file.environmentProblem("production")).isEmpty();
        assertThat(file.environmentProblem("test")).isEmpty(); // nothing like it: today's behaviour, no noise
        assertThat(file.environmentProblem("prod").map(Problem::message)).isEqualTo(Optional.of("no flag has"
                + " overrides for environment 'prod'; did you mean 'production'? (the flags override [production,"
                + " staging]); until then every flag evaluates with its defaults"));
        assertThat(file.environmentProblem("stagin").map(Problem::message).orElseThrow()).contains("did you mean"
                + " 'staging'?");
    }
}
