package dev.flaglint.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.FlagContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.IntStream;

import static dev.flaglint.server.TestServer.ADMIN;
import static dev.flaglint.server.TestServer.EVALUATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flags with variants over real HTTP: OFREP and the simple API answer the variant's value and name as flag-runtime
 * picks them in-process, the definitions carry the variants, and overrides choose among the declared variants but
 * cannot change them.
 */
class TypedValuesTest {

    static final String FLAGS = """
            environments: [staging, production]
            flags:
              checkout-button:
                owner: growth-team
                created: 2026-11-01
                expires: 2099-02-01
                ticket: GROW-90
                variants: { control: "blue", green: "green", orange: "orange" }
                default_variant: control
                rules:
                  - if: { plan: enterprise }
                    variant: green
                rollout: { control: 50, green: 25, orange: 25 }
              max-items:
                owner: cart-team
                created: 2026-11-01
                expires: 2099-02-01
                ticket: CART-3
                variants: { small: 10, large: 250, huge: 9.5 }
                default_variant: large
              layout:
                owner: web-team
                created: 2026-11-01
                expires: 2099-02-01
                ticket: WEB-12
                variants:
                  compact: { columns: 2, tags: [a, b], dense: true }
                  roomy: { columns: 1, tags: [], dense: false }
                default_variant: roomy
                rules:
                  - if: { plan: enterprise }
                    variant: compact
              account-tier:
                owner: billing
                created: 2026-11-01
                expires: 2099-02-01
                ticket: BILL-7
                variants: { basic: "basic", plus: "plus" }
                default_variant: basic
                rollout: { basic: 90, plus: 10 }
                rollout_by: account_id
            """;

    private static final String SINGLE = "/ofrep/v1/evaluate/flags/";

    @TempDir
    Path directory;
    TestServer server;
    final FeatureFlags inProcess = FeatureFlags.of(FLAGS);

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(directory, FLAGS, b -> b);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void ofrepAnswersTheVariantsValueAndName() {
        assertThat(server.post(SINGLE + "checkout-button", EVALUATE,
                "{\"context\":{\"targetingKey\":\"user-1\",\"plan\":\"enterprise\"}}").body())
                .isEqualTo("{\"key\":\"checkout-button\",\"value\":\"green\",\"variant\":\"green\",\"reason\":"
                        + "\"TARGETING_MATCH\",\"metadata\":{\"owner\":\"growth-team\",\"expires\":\"2099-02-01\","
                        + "\"ticket\":\"GROW-90\"}}");
        // numbers keep their type; an object is a JSON object
        assertThat(server.post(SINGLE + "max-items", EVALUATE, "").json().get("value").toString()).isEqualTo("250");
        assertThat(server.post(SINGLE + "layout", EVALUATE, "{\"context\":{\"plan\":\"enterprise\"}}").json()
                .get("value").toString()).isEqualTo("{\"columns\":2,\"tags\":[\"a\",\"b\"],\"dense\":true}");
        // everyone the rules leave gets the default variant, reason DEFAULT: that is not a missing unit
        TestServer.Response roomy = server.post(SINGLE + "layout", EVALUATE, "{\"context\":{\"plan\":\"free\"}}");
        assertThat(roomy.status()).isEqualTo(200);
        assertThat(roomy.json().get("variant").asText()).isEqualTo("roomy");
        assertThat(roomy.json().get("reason").asText()).isEqualTo("DEFAULT");
    }

    @Test
    void theWeightedSplitIsTheRuntimesForEveryUnit() {
        // user-42 → control, user-7 → green, user-1 → orange: RUNTIME.md's golden vectors
        for (String unit : new String[] {"user-42", "user-7", "user-1", "Zoë"}) {
            JsonNode answer = server.post(SINGLE + "checkout-button", EVALUATE,
                    "{\"context\":{\"targetingKey\":\"" + unit + "\"}}").json();
            Evaluation expected = inProcess.evaluate("checkout-button", FlagContext.targeting(unit));
            assertThat(answer.get("variant").asText()).as(unit).isEqualTo(expected.variant());
            assertThat(answer.get("value").asText()).as(unit).isEqualTo(expected.value());
            assertThat(answer.get("reason").asText()).isEqualTo("SPLIT");
        }
        assertThat(server.post(SINGLE + "checkout-button", EVALUATE, "{\"context\":{\"targetingKey\":\"user-1\"}}")
                .json().get("value").asText()).isEqualTo("orange");
    }

    @Test
    void aFlagThatNamesItsUnitIsNotRolledOutByTheTargetingKey() {
        // as flag-runtime: rollout_by names the unit, and only that attribute counts
        TestServer.Response noUnit = server.post(SINGLE + "account-tier", EVALUATE,
                "{\"context\":{\"targetingKey\":\"user-1\"}}");
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.json().get("errorCode").asText()).isEqualTo("TARGETING_KEY_MISSING");
        assertThat(noUnit.json().get("errorDetails").asText()).isEqualTo("flag 'account-tier' rolls out by"
                + " 'account_id', and the context has no 'account_id'; send it (the flag names its unit, so the"
                + " targeting key does not stand in for it)");
        assertThat(inProcess.evaluate("account-tier", FlagContext.targeting("user-1")).reason().name())
                .isEqualTo("DEFAULT");

        String plus = IntStream.range(0, 1000).mapToObj(i -> "acct-" + i)
                .filter(a -> "plus".equals(inProcess.variant("account-tier", FlagContext.of(java.util.Map.of(
                        "account_id", a))))).findFirst().orElseThrow();
        JsonNode byAccount = server.post(SINGLE + "account-tier", EVALUATE,
                "{\"context\":{\"targetingKey\":\"user-1\",\"account_id\":\"" + plus + "\"}}").json();
        assertThat(byAccount.get("value").asText()).isEqualTo("plus");
        assertThat(byAccount.get("reason").asText()).isEqualTo("SPLIT");
    }

    @Test
    void bulkAndTheSimpleApiAnswerTypedValues() {
        JsonNode flags = server.post("/ofrep/v1/evaluate/flags", EVALUATE,
                "{\"context\":{\"targetingKey\":\"user-7\",\"account_id\":\"a\"}}").json().get("flags");
        assertThat(flags.get(0).get("key").asText()).isEqualTo("checkout-button");
        assertThat(flags.get(0).get("value").asText()).isEqualTo("green");
        assertThat(flags.get(1).get("value").asInt()).isEqualTo(250);
        assertThat(flags.get(2).get("value").get("columns").asInt()).isEqualTo(1);

        assertThat(server.get("/flags/checkout-button?plan=enterprise", EVALUATE).body())
                .isEqualTo("{\"flag\":\"checkout-button\",\"enabled\":false,\"value\":\"green\",\"variant\":\"green\","
                        + "\"reason\":\"TARGETING_MATCH\"}");
        assertThat(server.get("/flags/max-items", EVALUATE).body()).isEqualTo("{\"flag\":\"max-items\","
                + "\"enabled\":false,\"value\":250,\"variant\":\"large\",\"reason\":\"STATIC\"}");
    }

    @Test
    void theDefinitionsCarryTheVariantsAndTheDeclaredEnvironments() {
        TestServer.Response definitions = server.get("/flags", ADMIN);
        JsonNode button = definitions.json().get("flags").get("checkout-button");
        assertThat(button.get("variants").toString()).isEqualTo("{\"control\":\"blue\",\"green\":\"green\","
                + "\"orange\":\"orange\"}");
        assertThat(button.get("default_variant").asText()).isEqualTo("control");
        assertThat(definitions.json().get("environments").toString()).isEqualTo("[\"staging\",\"production\"]");

        FlagsFile parsed = FlagsFile.parse("remote", definitions.body(), Format.JSON);
        assertThat(parsed.problems()).isEmpty();
        FeatureFlags remote = FeatureFlags.from(parsed, null);
        for (String unit : new String[] {"user-42", "user-7", "user-1"}) {
            FlagContext context = FlagContext.targeting(unit);
            assertThat(remote.evaluate("checkout-button", context)).isEqualTo(inProcess.evaluate("checkout-button",
                    context));
        }
        assertThat(remote.evaluate("layout", FlagContext.empty().with("plan", "enterprise")).value())
                .isEqualTo(inProcess.evaluate("layout", FlagContext.empty().with("plan", "enterprise")).value());
    }

    @Test
    void anOverrideChoosesAmongTheDeclaredVariants() {
        TestServer.Response put = server.put("/flags/checkout-button", ADMIN,
                "{\"default_variant\":\"orange\",\"rollout\":{\"green\":100}}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode now = server.post(SINGLE + "checkout-button", EVALUATE, "{\"context\":{\"targetingKey\":\"user-42\"}}")
                .json();
        assertThat(now.get("value").asText()).isEqualTo("green");
        assertThat(now.get("reason").asText()).isEqualTo("SPLIT");
        // the definitions keep the file's variants beside the override's fields
        assertThat(server.get("/flags", ADMIN).json().get("flags").get("checkout-button").toString())
                .isEqualTo("{\"owner\":\"growth-team\",\"created\":\"2026-11-01\",\"expires\":\"2099-02-01\","
                        + "\"ticket\":\"GROW-90\",\"variants\":{\"control\":\"blue\",\"green\":\"green\","
                        + "\"orange\":\"orange\"},\"default_variant\":\"orange\",\"rollout\":{\"green\":100}}");

        TestServer.Response disabled = server.put("/flags/checkout-button", ADMIN,
                "{\"enabled\":false,\"default_variant\":\"orange\"}");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(server.get("/flags/checkout-button", EVALUATE).body()).isEqualTo("{\"flag\":\"checkout-button\","
                + "\"enabled\":false,\"value\":\"orange\",\"variant\":\"orange\",\"reason\":\"DISABLED\"}");
    }

    @Test
    void anOverrideCannotChangeTheVariantsOrPickOneThatIsNotDeclared() {
        TestServer.Response variants = server.put("/flags/checkout-button", ADMIN,
                "{\"variants\":{\"control\":\"red\"},\"default_variant\":\"control\"}");
        assertThat(variants.status()).isEqualTo(400);
        assertThat(variants.json().get("problems").get(0).toString()).isEqualTo("{\"path\":\"$.variants\",\"message\":"
                + "\"variants are code: the code reads their values and the build checked them; change them in"
                + " flags.yaml and deploy it. An override picks among the declared variants: rules with 'variant',"
                + " 'rollout' weights, 'default_variant'\"}");

        TestServer.Response unknown = server.put("/flags/checkout-button", ADMIN,
                "{\"default_variant\":\"control\",\"rules\":[{\"if\":{\"plan\":\"free\"},\"variant\":\"gren\"}],"
                        + "\"rollout\":{\"control\":100}}");
        assertThat(unknown.status()).isEqualTo(400);
        JsonNode problem = unknown.json().get("problems").get(0);
        assertThat(problem.get("path").asText()).isEqualTo("$.rules[0].variant");
        assertThat(problem.get("message").asText()).contains("'gren'").contains("did you mean 'green'?");

        TestServer.Response noDefault = server.put("/flags/checkout-button", ADMIN, "{\"rollout\":{\"green\":100}}");
        assertThat(noDefault.status()).isEqualTo(400);
        assertThat(noDefault.json().get("problems").toString()).contains("default_variant");
        // nothing was changed
        assertThat(server.get("/flags/checkout-button/override", ADMIN).json().get("override").isNull()).isTrue();
    }
}
