package dev.flaglint.lint;

import dev.flaglint.lint.model.ApiOrigin;
import dev.flaglint.lint.model.CallKind;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.FlagApi;
import dev.flaglint.lint.model.KeyResolution;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recall and precision on an annotated corpus: every line marked {@code // expect: key} must be found with
 * exactly that key, and nothing else may be found. Instead of a key: {@code dynamic} or
 * {@code dynamic(glob)} (a dynamic-key warning), {@code affixed(glob)} (a known key a wrapper completes),
 * {@code any} (a Mockito stub or verification of every key); {@code none} marks a look-alike where no call
 * site may be found. A call site that is not a plain call says so: {@code key [stub]}, {@code [verification]},
 * {@code [reference]}. Every call site's column must point at the called method's name (or at the key, for a
 * reference handed written-out keys).
 */
class FixtureCorpusTest {

    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(\\S+)(?:\\s+\\[(\\w+)])?");
    private static final String NONE = "none";

    @Test
    void basicFormsOfFlagRuntimeCalls() throws IOException {
        assertFindsExactlyTheAnnotatedCallSites("basic", Presets.byName("flag-runtime").orElseThrow());
    }

    @Test
    void sdkPresetsEnumsAndWrappers() throws IOException {
        List<FlagApi> apis = new ArrayList<>();
        Presets.names().forEach(name -> apis.addAll(Presets.byName(name).orElseThrow()));
        apis.add(new FlagApi("com.acme.team.Toggles", Set.of("on"), 0, false, FlagApi.EnumKey.ARGUMENT,
                ApiOrigin.CONFIG));

        LintResult result = assertFindsExactlyTheAnnotatedCallSites("sdk", apis);

        assertThat(result.wrappers()).extracting(w -> w.type() + "#" + w.method() + "/" + w.parameter())
                .containsExactlyInAnyOrder("com.acme.wrap.LaunchDarklyFlagService#isFeatureEnabled/0",
                        "com.acme.wrap.LaunchDarklyFlagService#enabled/0", "com.acme.wrap.LaunchDarklyFlagService#isOn/0");
        assertThat(result.callSites()).filteredOn(s -> s.api().endsWith("#isOn")).singleElement()
                .extracting(CallSite::resolution).isEqualTo(KeyResolution.ENUM_ARGUMENT);
        assertThat(result.callSites()).filteredOn(s -> "wrapped-through-interface".equals(s.key())).singleElement()
                .satisfies(s -> {
                    assertThat(s.api()).isEqualTo("com.acme.wrap.FlagService#isFeatureEnabled");
                    assertThat(s.origin()).isEqualTo(ApiOrigin.WRAPPER);
                    assertThat(s.resolution()).isEqualTo(KeyResolution.LITERAL);
                });
        assertThat(result.callSites()).filteredOn(s -> "feature_y".equals(s.key())).singleElement()
                .extracting(CallSite::resolution).isEqualTo(KeyResolution.ENUM_ARGUMENT);
    }

    /**
     * Code written the way services are: inherited fields, constants in implemented interfaces, same
     * simple names in other packages, shadowing locals and lambda parameters, switch expressions,
     * nested types, default methods, enum bodies, records, a wrapper behind an interface.
     */
    @Test
    void realisticServiceCode() throws IOException {
        List<FlagApi> apis = new ArrayList<>();
        Presets.names().forEach(name -> apis.addAll(Presets.byName(name).orElseThrow()));

        LintResult result = assertFindsExactlyTheAnnotatedCallSites("services", apis);

        assertThat(result.wrappers()).extracting(w -> w.type() + "#" + w.method() + "/" + w.parameter())
                .containsExactly("com.shop.flags.LdToggle#isOn/0");
    }

    @Test
    void hardCases() throws IOException {
        List<FlagApi> apis = new ArrayList<>();
        Presets.names().forEach(name -> apis.addAll(Presets.byName(name).orElseThrow()));

        assertFindsExactlyTheAnnotatedCallSites("hard-cases", apis);
    }

    /**
     * What real test code does: Mockito matchers around the key and stubbing and verification receivers, types
     * from initialisers, effectively final locals, imported nested types, enum keys computed from the name and
     * enums evaluating their own flag, wrappers completing the key, SDKs' former packages, method references.
     */
    @Test
    void testCodeIdioms() throws IOException {
        List<FlagApi> apis = new ArrayList<>();
        Presets.names().forEach(name -> apis.addAll(Presets.byName(name).orElseThrow()));

        LintResult result = assertFindsExactlyTheAnnotatedCallSites("test-code", apis);

        assertThat(result.wrappers()).extracting(w -> w.type() + "#" + w.method() + " " + (w.keyIsReceiver()
                        ? "receiver." + w.enumMember() : w.enumMember() != null ? "{key}." + w.enumMember()
                        : w.affix().template()))
                .containsExactlyInAnyOrder("com.tc.app.UnleashToggleService#isEnabled {key}",
                        "com.tc.app.RoleToggles#isOn {key}",
                        "com.tc.affix.EnvironmentToggles#isEnabled {key}.*",
                        "com.tc.affix.EnvironmentToggles#isTeamFeature team.{key}",
                        "com.tc.affix.EnvironmentToggles#isRegional region.*.{key}",
                        "com.tc.enums.Feature#isActive receiver.id",
                        "com.tc.enums.Toggle#on receiver.getKey()",
                        "com.tc.enums.Opaque#isActive receiver.key",
                        "com.tc.enums.FeatureGate#isOn {key}.id()",
                        "com.tc.enums.FeatureGate#byName {key}.name()",
                        "com.tc.stubbing.HelperStubsTest#givenEnabled {key}",
                        "com.tc.stubbing.HelperStubsTest#givenFlag {key}",
                        "com.tc.stubbing.HelperStubsTest#thenEvaluated {key}");
    }

    /** A wrapper, a constant holder and an API subtype declared as second top-level classes in other types' files. */
    @Test
    void typesDeclaredBesideAnotherInItsFile() throws IOException {
        LintResult result = assertFindsExactlyTheAnnotatedCallSites("secondary-types",
                Presets.byName("flag-runtime").orElseThrow());

        assertThat(result.wrappers()).extracting(w -> w.type() + "#" + w.method())
                .containsExactly("com.second.flags.FlagGate#open");
    }

    private static LintResult assertFindsExactlyTheAnnotatedCallSites(String fixture, List<FlagApi> apis)
            throws IOException {
        Path module = Path.of("src/test/resources/fixtures", fixture).toAbsolutePath();
        LintRequest request = Projects.request(module).toBuilder().apis(apis).build();

        LintResult result = new FlagLinter().lint(request);
        LintResult unfiltered = FlagLinter.parsingEveryFile().lint(request);

        // The prefilter only saves work: parsing every file finds exactly the same call sites.
        assertThat(unfiltered.callSites()).isEqualTo(result.callSites());
        assertThat(unfiltered.wrappers()).isEqualTo(result.wrappers());
        assertThat(unfiltered.filesParsed()).isGreaterThan(result.filesParsed());

        Set<String> found = result.callSites().stream().map(FixtureCorpusTest::annotation)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).isEqualTo(expected(module));
        assertThat(result.callSites()).hasSize(found.size()); // one call site per annotated line
        for (CallSite site : result.callSites()) {
            String line = Files.readAllLines(module.resolve(site.file())).get(site.line() - 1);
            String there = line.substring(site.column() - 1);
            assertThat(there).as("the column of %s", annotation(site))
                    .startsWith(site.kind() == CallKind.REFERENCE && site.key() != null ? site.expression()
                            : site.kind() == CallKind.REFERENCE ? site.expression().substring(0, 1) : site.method());
        }
        return result;
    }

    /** A call site as the corpus annotates it, with its file and line. */
    private static String annotation(CallSite s) {
        String key = s.key() != null ? s.key()
                : (s.resolution() == KeyResolution.DYNAMIC ? "dynamic" : s.resolution().label())
                + (s.pattern() == null ? "" : "(" + s.pattern() + ")");
        return s.file() + ":" + s.line() + " " + key + (s.kind() == CallKind.CALL ? "" : " [" + s.kind().label() + "]");
    }

    private static Set<String> expected(Path module) throws IOException {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(module)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = EXPECT.matcher(lines.get(i));
                    if (m.find() && !m.group(1).equals(NONE)) {
                        expected.add(module.relativize(file).toString().replace('\\', '/') + ":" + (i + 1) + " "
                                + m.group(1) + (m.group(2) == null ? "" : " [" + m.group(2) + "]"));
                    }
                }
            }
        }
        assertThat(expected).as("the corpus has annotations").hasSizeGreaterThan(10);
        return expected;
    }
}
