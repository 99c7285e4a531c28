package dev.flaglint.lint;

import dev.flaglint.lint.model.ApiOrigin;
import dev.flaglint.lint.model.CallKind;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.FlagApi;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.WrapperCandidate;
import dev.flaglint.lint.scan.cache.Fingerprint;
import dev.flaglint.lint.scan.cache.ScanCache;
import dev.flaglint.lint.scan.cache.ScanIndex;
import dev.flaglint.lint.scan.cache.SharedFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The scan index never hides a change: each way the results can go stale is a test. */
class IndexedScanTest {

    @TempDir
    Path dir;
    private Path index;
    private LintRequest request;

    private static final String FLAGS = """
            flags:
              a:
                owner: o
                created: 2026-01-01
                expires: 2027-01-01
                ticket: T-1
            """;

    @BeforeEach
    void project() {
        Projects.write(dir, Map.of(
                "flags.yaml", FLAGS,
                "src/main/java/com/acme/Keys.java", """
                        package com.acme;
                        public class Keys {
                            public static final String A = "a";
                        }
                        """,
                "src/main/java/com/acme/App.java", """
                        package com.acme;
                        import dev.flaglint.runtime.FeatureFlags;
                        class App {
                            boolean on(FeatureFlags flags) {
                                return flags.isEnabled(Keys.A);
                            }
                        }
                        """,
                "src/main/java/com/acme/Other.java", "package com.acme;\nclass Other {}\n"));
        index = dir.resolve("target/flag-lint/index");
        request = Projects.request(dir);
    }

    private LintResult lint() {
        return new FlagLinter(ScanCache.in(index, request.flagsFile())).lint(request);
    }

    private static List<String> keys(LintResult r) {
        return r.callSites().stream().map(s -> s.file() + ":" + s.line() + " " + s.key()).toList();
    }

    /** Rewrites a file and moves its time on, as an editor would (some file systems keep coarse times). */
    private void edit(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
    }

    /**
     * Waits (at most 5 s) until the file system stamps a change later than the sources' last change by more than
     * a tick, so that no source is in the racy window of the next scan whatever the machine's speed.
     */
    private void waitPastTheSourcesTick() throws IOException {
        long last = 0;
        try (var files = Files.walk(dir.resolve("src"))) {
            for (Path f : files.toList()) {
                last = Math.max(last, changeTime(f));
            }
        }
        Path probe = dir.resolve("probe");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        do {
            Files.write(probe, new byte[] {1});
        } while (changeTime(probe) <= last + TimeUnit.MILLISECONDS.toNanos(10) && System.nanoTime() < deadline);
        Files.delete(probe);
    }

    private static long changeTime(Path file) throws IOException {
        return ((FileTime) Files.getAttribute(file, "unix:ctime")).to(TimeUnit.NANOSECONDS);
    }

    @Test
    void anUnchangedRerunParsesNothingAndGivesTheSameResult() {
        LintResult cold = lint();
        LintResult warm = lint();

        assertThat(cold.fromIndex()).isFalse();
        assertThat(cold.filesParsed()).isEqualTo(2); // App (a call) and Keys (its constant); not Other
        assertThat(warm.fromIndex()).isTrue();
        assertThat(warm.filesParsed()).isZero();
        assertThat(warm.callSites()).isEqualTo(cold.callSites());
        assertThat(warm.findings()).isEqualTo(cold.findings());
        assertThat(keys(warm)).containsExactly("src/main/java/com/acme/App.java:5 a");
    }

    @Test
    void anotherModuleWithoutAnIndexReusesTheBuildsFactsAndStillSeesAChange() throws IOException {
        waitPastTheSourcesTick(); // else the first scan hashes them (racy) and the second must read them all again
        SharedFacts shared = new SharedFacts();
        LintResult first = new FlagLinter(ScanCache.in(index, request.flagsFile(), shared)).lint(request);
        // A second module reading the same sources, in the same build, with no index of its own yet.
        LintResult second = new FlagLinter(ScanCache.in(dir.resolve("other/index"), request.flagsFile(), shared))
                .lint(request);

        assertThat(first.filesRead()).isEqualTo(3);
        assertThat(second.filesRead()).isEqualTo(2); // the two it parses; Other's facts came from the first scan
        assertThat(second.callSites()).isEqualTo(first.callSites());
        assertThat(second.findings()).isEqualTo(first.findings());

        edit("src/main/java/com/acme/Other.java", """
                package com.acme;
                class Other {
                    boolean b(dev.flaglint.runtime.FeatureFlags flags) {
                        return flags.isEnabled("b");
                    }
                }
                """);
        LintResult third = new FlagLinter(ScanCache.in(dir.resolve("third/index"), request.flagsFile(), shared))
                .lint(request);

        assertThat(keys(third)).containsExactly("src/main/java/com/acme/App.java:5 a",
                "src/main/java/com/acme/Other.java:4 b");
    }

    @Test
    void aChangedFileIsScannedAgain() throws IOException {
        lint();
        edit("src/main/java/com/acme/Other.java", """
                package com.acme;
                class Other {
                    boolean b(dev.flaglint.runtime.FeatureFlags flags) {
                        return flags.isEnabled("b");
                    }
                }
                """);

        LintResult r = lint();

        assertThat(r.fromIndex()).isFalse();
        assertThat(keys(r)).containsExactly("src/main/java/com/acme/App.java:5 a",
                "src/main/java/com/acme/Other.java:4 b");
        assertThat(r.findings()).extracting(Finding::rule).contains(RuleId.UNDECLARED);
    }

    @Test
    void aChangedConstantInAnotherFileChangesTheKey() throws IOException {
        lint();
        edit("src/main/java/com/acme/Keys.java", """
                package com.acme;
                public class Keys {
                    public static final String A = "renamed";
                }
                """);

        assertThat(keys(lint())).containsExactly("src/main/java/com/acme/App.java:5 renamed");
    }

    @Test
    void aDeletedFileDropsItsCallSites() throws IOException {
        lint();
        Files.delete(dir.resolve("src/main/java/com/acme/App.java"));

        LintResult r = lint();

        assertThat(r.callSites()).isEmpty();
        assertThat(r.findings()).extracting(Finding::rule).containsExactly(RuleId.UNUSED);
    }

    @Test
    void aNewFileIsScanned() throws IOException {
        lint();
        Projects.write(dir, Map.of("src/test/java/com/acme/AppTest.java", """
                package com.acme;
                class AppTest {
                    void t(dev.flaglint.runtime.FeatureFlags flags) { flags.isEnabled("a"); }
                }
                """));

        assertThat(keys(lint())).containsExactly("src/main/java/com/acme/App.java:5 a",
                "src/test/java/com/acme/AppTest.java:3 a");
    }

    @Test
    void aChangedFlagsFileIsSeen() throws IOException {
        lint();
        edit("flags.yaml", FLAGS.replace("expires: 2027-01-01", "expires: 2026-02-01"));

        LintResult r = lint();

        assertThat(r.fromIndex()).isFalse();
        assertThat(r.findings()).extracting(Finding::rule).containsExactly(RuleId.EXPIRED);
    }

    @Test
    void aChangedConfigurationStartsAfresh() {
        lint();
        LintRequest custom = request.toBuilder()
                .apis(List.of(FlagApi.of("com.acme.Other", Set.of("b"), 0, ApiOrigin.CONFIG))).build();

        LintResult r = new FlagLinter(ScanCache.in(index, custom.flagsFile())).lint(custom);

        assertThat(r.fromIndex()).isFalse();
        assertThat(r.callSites()).isEmpty(); // flag-runtime's API is no longer configured
    }

    @Test
    void anIndexFromAnotherPluginBuildOrDamagedIsIgnored() throws IOException {
        lint();
        ScanIndex saved = ScanIndex.read(index, Fingerprint.of(request.scan(), request.flagsFile())).orElseThrow();
        new ScanIndex("written by another plugin version", saved.covered(), saved.typeNames(), saved.files(),
                saved.callSites(), saved.wrappers(), saved.failures()).write(index);

        assertThat(lint().fromIndex()).isFalse();
        assertThat(lint().fromIndex()).isTrue();

        Files.writeString(index, "{ not json");
        LintResult r = lint();
        assertThat(r.fromIndex()).isFalse();
        assertThat(keys(r)).containsExactly("src/main/java/com/acme/App.java:5 a");
    }

    @Test
    void aWrapperFoundInAChangedFileMakesUnchangedFilesCandidatesForItsName() throws IOException {
        Projects.write(dir, Map.of("src/main/java/com/acme/Caller.java", """
                package com.acme;
                class Caller {
                    boolean c(Toggles t) { return t.isOn("a"); }
                }
                """, "src/main/java/com/acme/Toggles.java", "package com.acme;\nclass Toggles {}\n"));
        assertThat(keys(lint())).containsExactly("src/main/java/com/acme/App.java:5 a");

        edit("src/main/java/com/acme/Toggles.java", """
                package com.acme;
                class Toggles {
                    dev.flaglint.runtime.FeatureFlags flags;
                    boolean isOn(String key) { return flags.isEnabled(key); }
                }
                """);

        assertThat(keys(lint())).containsExactly("src/main/java/com/acme/App.java:5 a",
                "src/main/java/com/acme/Caller.java:3 a");
    }

    @Test
    void anEditThatKeepsSizeAndTimeRightAfterAScanIsStillSeen() throws IOException {
        lint();
        Path app = dir.resolve("src/main/java/com/acme/App.java");
        FileTime time = Files.getLastModifiedTime(app);
        Files.writeString(app, Files.readString(app).replace("Keys.A", "\"zzzz\"")); // as long as Keys.A
        Files.setLastModifiedTime(app, time); // a coarse clock, or a tool that keeps times

        assertThat(keys(lint())).containsExactly("src/main/java/com/acme/App.java:5 zzzz");
    }

    /** The file's content replaced by text of the same length, with its old modification time put back. */
    private void editKeepingSizeAndTime(Path file, String from, String to, FileTime time) throws IOException {
        String text = Files.readString(file);
        assertThat(to).hasSameSizeAs(from);
        Files.writeString(file, text.replace(from, to));
        Files.setLastModifiedTime(file, time);
    }

    @Test
    void aRestoredCacheKeepingSizeAndModificationTimeOfAnOldFileStillSeesTheEdit() throws IOException {
        Path app = dir.resolve("src/main/java/com/acme/App.java");
        FileTime lastWeek = FileTime.fromMillis(System.currentTimeMillis() - 7 * 24 * 3600 * 1000L);
        Files.setLastModifiedTime(app, lastWeek);
        assertThat(keys(lint())).containsExactly("src/main/java/com/acme/App.java:5 a");

        // A CI cache restores target/ (and the index); the checkout brings an edited file with the same size and time.
        editKeepingSizeAndTime(app, "Keys.A", "\"zzzz\"", lastWeek);

        assertThat(keys(lint())).containsExactly("src/main/java/com/acme/App.java:5 zzzz");
    }

    @Test
    void twoSameSizeEditsWithTheSameModificationTimeAreBothSeen() throws IOException {
        Path app = dir.resolve("src/main/java/com/acme/App.java");
        FileTime sameSecond = FileTime.fromMillis((System.currentTimeMillis() / 1000 - 3600) * 1000);
        lint();

        editKeepingSizeAndTime(app, "Keys.A", "\"ee11\"", sameSecond);
        assertThat(keys(lint())).containsExactly("src/main/java/com/acme/App.java:5 ee11");
        editKeepingSizeAndTime(app, "\"ee11\"", "\"ee22\"", sameSecond);
        assertThat(keys(lint())).containsExactly("src/main/java/com/acme/App.java:5 ee22");
        assertThat(lint().fromIndex()).isTrue();
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeAndTimesIsSeen() throws IOException {
        Path app = dir.resolve("src/main/java/com/acme/App.java");
        FileTime time = Files.getLastModifiedTime(app);
        lint();
        Path replacement = dir.resolve("App.java.new");
        Files.writeString(replacement, Files.readString(app).replace("Keys.A", "\"rr\""));
        Files.setLastModifiedTime(replacement, time);

        Files.move(replacement, app, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // as editors save: write, rename

        assertThat(keys(lint())).containsExactly("src/main/java/com/acme/App.java:5 rr");
    }

    @Test
    void aCallOfAWrapperFoundInALaterRoundOfAnEarlierRunIsStillSeenWhenTheWrappersChange() throws IOException {
        // Run 1: Outer wraps Inner, which wraps FeatureFlags; Caller calls both (Outer is found a round later).
        Projects.write(dir, Map.of(
                "src/main/java/com/acme/Inner.java", """
                        package com.acme;
                        class Inner {
                            dev.flaglint.runtime.FeatureFlags flags;
                            boolean in(String key) { return flags.isEnabled(key); }
                        }
                        """,
                "src/main/java/com/acme/Outer.java", """
                        package com.acme;
                        class Outer {
                            Inner inner;
                            boolean out(String key) { return inner.in(key); }
                        }
                        """,
                "src/main/java/com/acme/Caller.java", """
                        package com.acme;
                        class Caller {
                            void c(Inner i, Outer o) { i.in("via-inner"); o.out("via-outer"); }
                        }
                        """));
        assertThat(keys(lint())).contains("src/main/java/com/acme/Caller.java:3 via-inner",
                "src/main/java/com/acme/Caller.java:3 via-outer");

        // Run 2: Inner no longer wraps anything; Outer wraps FeatureFlags itself. Caller is unchanged.
        edit("src/main/java/com/acme/Inner.java", "package com.acme;\nclass Inner {\n    boolean in(String key) { return false; }\n}\n");
        edit("src/main/java/com/acme/Outer.java", """
                package com.acme;
                class Outer {
                    dev.flaglint.runtime.FeatureFlags flags;
                    boolean out(String key) { return flags.isEnabled(key); }
                }
                """);

        LintResult r = lint();
        assertThat(keys(r)).contains("src/main/java/com/acme/Caller.java:3 via-outer")
                .doesNotContain("src/main/java/com/acme/Caller.java:3 via-inner");
        assertThat(r.callSites()).isEqualTo(new FlagLinter().lint(request).callSites());
    }

    /** What test code adds to a call site and a wrapper — kind, affix, enum member — comes back from the index. */
    @Test
    void callSitesAndWrappersOfTestCodeComeBackFromTheIndexWhole() throws IOException {
        Path module = dir.resolve("test-code");
        Path corpus = Path.of("src/test/resources/fixtures/test-code");
        try (var files = Files.walk(corpus)) {
            for (Path from : files.filter(Files::isRegularFile).toList()) {
                Path to = module.resolve(corpus.relativize(from).toString());
                Files.createDirectories(to.getParent());
                Files.copy(from, to);
            }
        }
        List<FlagApi> apis = new java.util.ArrayList<>();
        Presets.names().forEach(name -> apis.addAll(Presets.byName(name).orElseThrow()));
        LintRequest tests = Projects.request(module).toBuilder().apis(apis).build();
        ScanCache cache = ScanCache.in(module.resolve("target/flag-lint/index"), tests.flagsFile());

        LintResult cold = new FlagLinter(cache).lint(tests);
        LintResult warm = new FlagLinter(cache).lint(tests);
        Path helpers = module.resolve("src/test/java/com/tc/stubbing/HelperStubsTest.java");
        Files.writeString(helpers, Files.readString(helpers) + "// edited\n");
        Files.setLastModifiedTime(helpers, FileTime.fromMillis(Files.getLastModifiedTime(helpers).toMillis() + 2000));
        LintResult edited = new FlagLinter(cache).lint(tests);

        assertThat(cold.callSites()).extracting(CallSite::kind).contains(CallKind.STUB, CallKind.VERIFICATION,
                CallKind.REFERENCE);
        assertThat(cold.wrappers()).anyMatch(w -> !w.affix().isNone()).anyMatch(WrapperCandidate::keyIsReceiver)
                .anyMatch(w -> w.kind() == CallKind.STUB);
        assertThat(warm.fromIndex()).isTrue();
        assertThat(warm.callSites()).isEqualTo(cold.callSites());
        assertThat(warm.wrappers()).isEqualTo(cold.wrappers());
        assertThat(edited.fromIndex()).isFalse();
        assertThat(edited.callSites()).isEqualTo(cold.callSites());
        assertThat(edited.wrappers()).isEqualTo(cold.wrappers());
    }
}
