package dev.flaglint.lint.check;

import dev.flaglint.lint.model.ApiOrigin;
import dev.flaglint.lint.model.CallKind;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.KeyResolution;
import dev.flaglint.lint.model.ValueKind;
import dev.flaglint.lint.source.FileStamp;
import dev.flaglint.lint.source.ParseFailure;
import dev.flaglint.lint.source.SourceFile;
import dev.flaglint.lint.source.SourceRoot;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A check context made in memory, for testing one rule without files or the engine: a flags file
 * from YAML text, call sites of {@code App.java} one per line from line 7 (column 15), and whatever
 * else the reactor saw.
 */
final class CheckFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    static final String APP = "src/main/java/com/acme/App.java";

    private final FlagsFile flagsFile;
    private final List<CallSite> sites = new ArrayList<>();
    private final Set<String> keysElsewhere = new HashSet<>();
    private final List<ParseFailure> failures = new ArrayList<>();
    private List<String> modules = List.of("app");
    private boolean owner = true;
    private Policy policy = Policy.NONE;
    private int warnDays = 14;

    private CheckFixture(FlagsFile flagsFile) {
        this.flagsFile = flagsFile;
    }

    /** A module whose {@code flags.yaml} holds {@code yaml}. */
    static CheckFixture flags(String yaml) {
        return new CheckFixture(FlagsFile.parse("flags.yaml", yaml, Format.YAML));
    }

    /** A module without a flags file. */
    static CheckFixture noFlagsFile() {
        return new CheckFixture(null);
    }

    /** Calls with these literal keys, one per line. */
    CheckFixture calls(String... keys) {
        for (String key : keys) {
            sites.add(new CallSite(APP, 7 + sites.size(), 15, key, "\"" + key + "\"", KeyResolution.LITERAL, null,
                    "dev.flaglint.runtime.FeatureFlags#isEnabled", ApiOrigin.FLAG_RUNTIME, false));
        }
        return this;
    }

    /** A call of flag-runtime's {@code method} with a literal key, reading the flag as {@code kind}. */
    CheckFixture reads(String method, ValueKind kind, String key) {
        sites.add(new CallSite(APP, 7 + sites.size(), 15, key, "\"" + key + "\"", KeyResolution.LITERAL, null,
                "dev.flaglint.runtime.FeatureFlags#" + method, ApiOrigin.FLAG_RUNTIME, false, Set.of(), kind));
        return this;
    }

    /** A call whose key is only known at run time; {@code pattern} is the glob of its known parts, or null. */
    CheckFixture dynamicCall(String expression, String pattern) {
        sites.add(new CallSite(APP, 7 + sites.size(), 15, null, expression, KeyResolution.DYNAMIC, pattern,
                "dev.flaglint.runtime.FeatureFlags#isEnabled", ApiOrigin.FLAG_RUNTIME, false));
        return this;
    }

    /** A Mockito stub for every key ({@code when(flags.isEnabled(anyString()))}), in a test source or not. */
    CheckFixture stubOfEveryKey(boolean inTest) {
        String file = inTest ? "src/test/java/com/acme/AppTest.java" : APP;
        sites.add(new CallSite(file, 7 + sites.size(), 15, null, "anyString()", KeyResolution.ANY, null,
                "dev.flaglint.runtime.FeatureFlags#isEnabled", ApiOrigin.FLAG_RUNTIME, inTest, Set.of(), null,
                CallKind.STUB));
        return this;
    }

    /** A call of a wrapper that completes the literal key {@code key} to the glob {@code pattern}. */
    CheckFixture affixedCall(String key, String pattern) {
        sites.add(new CallSite(APP, 7 + sites.size(), 15, null, "\"" + key + "\"", KeyResolution.AFFIXED, pattern,
                "com.acme.EnvironmentToggles#isEnabled", ApiOrigin.WRAPPER, false));
        return this;
    }

    /** Keys another scanned module evaluates. */
    CheckFixture usedElsewhere(String... keys) {
        keysElsewhere.addAll(List.of(keys));
        return this;
    }

    /** The reactor's modules, this one first. */
    CheckFixture modules(String... names) {
        modules = List.of(names);
        return this;
    }

    /** Another module of the reactor reports on the flags file. */
    CheckFixture notOwner() {
        owner = false;
        return this;
    }

    CheckFixture policy(Policy p) {
        policy = p;
        return this;
    }

    CheckFixture warnDays(int days) {
        warnDays = days;
        return this;
    }

    CheckFixture parseFailure(String file, int line, int column, String message) {
        Path module = Path.of("/work/app");
        SourceRoot root = new SourceRoot(module.resolve("src/main/java"), "app", module, false);
        failures.add(new ParseFailure(new SourceFile(module.resolve(file), file, root, FileStamp.NONE), line, column,
                message));
        return this;
    }

    CheckContext context() {
        Set<String> keys = new HashSet<>(keysElsewhere);
        Set<String> patterns = new HashSet<>();
        for (CallSite site : sites) {
            if (site.key() != null) {
                keys.add(site.key());
            } else if (site.pattern() != null) {
                patterns.add(site.pattern());
            }
        }
        return new CheckContext(flagsFile, flagsFile == null ? null : "flags.yaml",
                flagsFile == null ? "src/main/resources/flags.{yaml,yml,json}, flags.{yaml,yml,json}" : "flags.yaml",
                owner, sites, keys, patterns,
                modules, failures, TODAY, warnDays, policy);
    }

    /** The rule's findings as console lines with their severity: {@code ERROR file:[l,c] rule: message}. */
    List<String> findings(LintRule rule) {
        return rule.check(context()).stream().map(f -> f.severity() + " " + f.toConsoleLine()).toList();
    }
}
