package dev.flaglint.lint;

import dev.flaglint.lint.scan.cache.ScanCache;
import dev.flaglint.lint.scan.cache.SharedFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prefilter and the index only save work. Over random edit sequences of a generated project —
 * wrappers, constant holders, API subtypes and enums declared as second top-level classes in other
 * types' files and moved between them; files that reach a flag client only through those types, or
 * call a same-named method of another type, or stub and verify Mockito mocks of them; same-size edits that
 * keep the modification time; added,
 * deleted and broken files — the check with the prefilter, the check parsing every file and the
 * incremental check with its index give the same call sites and wrappers after every edit, and the
 * incremental check the same findings as a fresh one; so does a check with no index that reuses the
 * facts of the check before it, as another module of the same build does. Seeded and bounded: a failure names the seed
 * and the step to replay.
 */
class ScanDifferentialTest {

    private static final long[] SEEDS = {17, 4242, 90210};
    private static final int EDITS = 40;
    private static final String[] PACKAGES = {"a", "b"};
    /** The types that files declare besides their own, each in some file of each package. */
    private static final List<String> VOCABULARY = List.of("Gate0", "Gate1", "Holder0", "Holder1", "Sub0", "Sub1",
            "Kind0");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(lit|g|s)-[a-z]{3}\"");

    @TempDir
    Path dir;

    @Test
    void prefilterParseAllAndIndexAgreeOverRandomEdits() throws IOException {
        int parsedLess = 0;
        long mockitoSites = 0;
        for (long seed : SEEDS) {
            Run run = new Run(seed, Files.createDirectories(dir.resolve("seed-" + seed)));
            run.edits(EDITS);
            parsedLess += run.prefilterParsedLess;
            mockitoSites += run.mockitoSites;
        }
        // The comparison means something only if the prefilter did leave files unparsed, and saw stubs too.
        assertThat(parsedLess).isGreaterThan(SEEDS.length * EDITS / 2);
        assertThat(mockitoSites).isPositive();
    }

    /** How a generated class gets at a flag client. */
    private enum Reach {
        /** A FeatureFlags field. */
        API,
        /** Fields of the wrapper types, which no file is named after. */
        GATE,
        /** Fields of the API subtypes, which no file is named after. */
        SUB,
        /** A holder's static client. */
        HOLDER,
        /** Mockito mocks of the API subtypes in {@code var}s, stubbed and verified with {@code eq(...)} keys. */
        MOCK,
        /** None: it calls a same-named method of a type that is no flag API (last: drawn apart). */
        NONE
    }

    /** One seeded sequence: a project, then edits, each followed by the three checks. */
    private static final class Run {

        private final long seed;
        private final Random random;
        private final Path module;
        private final Path index;
        /** What the checks of one "build" pass on to each other. */
        private final SharedFacts shared = new SharedFacts();
        private int checks;
        private final List<Path> files = new ArrayList<>();
        /** "a.Gate0" to the file declaring it; absent while no file does. */
        private final Map<String, Path> hosts = new LinkedHashMap<>();
        private int nextName;
        int prefilterParsedLess;
        long mockitoSites;

        Run(long seed, Path module) throws IOException {
            this.seed = seed;
            this.random = new Random(seed);
            this.module = module;
            this.index = module.resolve("target/flag-lint/index");
            Files.writeString(module.resolve("flags.yaml"), """
                    flags:
                      lit-abc: { owner: o, created: 2026-01-01, expires: 2027-01-01, ticket: T-1 }
                      NEW_SEARCH: { owner: o, created: 2026-01-01, expires: 2026-02-01, ticket: T-2 }
                    """);
            for (int i = 0; i < 12; i++) {
                addFile();
            }
            for (Path f : files) {
                write(f);
            }
        }

        void edits(int count) throws IOException {
            check("the generated project");
            for (int step = 1; step <= count; step++) {
                check("step " + step + ": " + edit());
            }
        }

        private String edit() throws IOException {
            int kind = random.nextInt(100);
            if (kind < 30) {
                return rewrite(pick());
            }
            if (kind < 55) {
                return sameSizeEdit(pick());
            }
            if (kind < 67) {
                Path f = addFile();
                write(f);
                return "added " + name(f);
            }
            if (kind < 77 && files.size() > 6) {
                Path f = files.remove(random.nextInt(files.size()));
                hosts.values().removeIf(f::equals);
                Files.delete(f);
                return "deleted " + name(f);
            }
            if (kind < 87) {
                Path f = pick();
                String text = javaFile(f);
                Files.writeString(f, text.substring(0, text.lastIndexOf('}'))); // the closing brace is missing
                return "broke " + name(f);
            }
            Path f = pick();
            Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis()));
            return "touched " + name(f);
        }

        /** New content for {@code f}; some types it declares move to another file of its package, which is rewritten too. */
        private String rewrite(Path f) throws IOException {
            List<String> moved = new ArrayList<>();
            Path to = null;
            for (Map.Entry<String, Path> e : hosts.entrySet()) {
                if (e.getValue().equals(f) && random.nextInt(4) == 0) {
                    to = to != null ? to : pickIn(f.getParent());
                    e.setValue(to);
                    moved.add(e.getKey());
                }
            }
            adoptUnhosted(f);
            write(f);
            if (to != null && !to.equals(f)) {
                write(to);
                return "rewrote " + name(f) + ", moving " + moved + " to " + name(to);
            }
            return "rewrote " + name(f);
        }

        /** A key literal replaced by another of the same length, the modification time put back. */
        private String sameSizeEdit(Path f) throws IOException {
            String text = Files.readString(f);
            Matcher m = KEY_LITERAL.matcher(text);
            List<int[]> found = new ArrayList<>();
            while (m.find()) {
                found.add(new int[] {m.start(), m.end()});
            }
            if (found.isEmpty()) {
                return "left " + name(f) + " alone (no key to edit)";
            }
            int[] at = found.get(random.nextInt(found.size()));
            String old = text.substring(at[0], at[1]);
            String replacement = old.substring(0, old.length() - 4) + word() + "\"";
            FileTime time = Files.getLastModifiedTime(f);
            Files.writeString(f, text.substring(0, at[0]) + replacement + text.substring(at[1]));
            Files.setLastModifiedTime(f, time);
            return "in " + name(f) + " replaced " + old + " by " + replacement + ", same size and time";
        }

        private void check(String what) {
            // The flag-runtime preset: its Flags interface is the API the generated subtypes implement.
            LintRequest request = Projects.request(module).toBuilder()
                    .apis(Presets.byName("flag-runtime").orElseThrow()).build();
            LintResult prefiltered = new FlagLinter().lint(request);
            LintResult everyFile = FlagLinter.parsingEveryFile().lint(request);
            LintResult incremental = new FlagLinter(ScanCache.in(index, request.flagsFile(), shared)).lint(request);
            // Another module of the same build, with no index of its own: the facts of the scan before it.
            LintResult noIndex = new FlagLinter(ScanCache.in(module.resolve("target/module-" + ++checks + "/index"),
                    request.flagsFile(), shared)).lint(request);
            String context = "seed " + seed + ", " + what;

            assertThat(prefiltered.callSites()).as(context + ": prefilter vs parsing every file")
                    .isEqualTo(everyFile.callSites());
            assertThat(prefiltered.wrappers()).as(context + ": wrappers").isEqualTo(everyFile.wrappers());
            assertThat(incremental.callSites()).as(context + ": incremental vs fresh").isEqualTo(prefiltered.callSites());
            assertThat(incremental.wrappers()).as(context + ": incremental wrappers").isEqualTo(prefiltered.wrappers());
            assertThat(incremental.findings()).as(context + ": incremental findings").isEqualTo(prefiltered.findings());
            assertThat(noIndex.callSites()).as(context + ": the build's facts vs fresh").isEqualTo(prefiltered.callSites());
            assertThat(noIndex.wrappers()).as(context + ": the build's facts, wrappers").isEqualTo(prefiltered.wrappers());
            prefilterParsedLess += prefiltered.filesParsed() < everyFile.filesParsed() ? 1 : 0;
            mockitoSites += prefiltered.callSites().stream().filter(site -> site.kind().isMockito()).count();
        }

        private Path pick() {
            return files.get(random.nextInt(files.size()));
        }

        private Path pickIn(Path packageDir) {
            List<Path> there = files.stream().filter(p -> p.getParent().equals(packageDir)).toList();
            return there.get(random.nextInt(there.size()));
        }

        /** A new file in a random package, adopting some of the package's types no file declares now. */
        private Path addFile() throws IOException {
            String pkg = PACKAGES[random.nextInt(PACKAGES.length)];
            Path f = module.resolve("src/main/java/com/gen/" + pkg + "/Unit" + nextName++ + ".java");
            Files.createDirectories(f.getParent());
            files.add(f);
            adoptUnhosted(f);
            return f;
        }

        private void adoptUnhosted(Path f) {
            String pkg = f.getParent().getFileName().toString();
            for (String type : VOCABULARY) {
                if (!hosts.containsKey(pkg + "." + type) && random.nextBoolean()) {
                    hosts.put(pkg + "." + type, f);
                }
            }
        }

        private void write(Path f) throws IOException {
            Files.writeString(f, javaFile(f));
        }

        private static String name(Path f) {
            return f.getParent().getFileName() + "/" + f.getFileName();
        }

        private String word() {
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                w.append((char) ('a' + random.nextInt(3))); // few letters: keys repeat across files
            }
            return w.toString();
        }

        /**
         * A file of the generated project: its public class, reaching a flag client one way, with calls,
         * and after it the vocabulary types this file hosts.
         */
        private String javaFile(Path f) {
            String pkg = f.getParent().getFileName().toString();
            String type = f.getFileName().toString().replace(".java", "");
            // A third of the files never see a flag type: the ones the prefilter leaves unparsed.
            Reach reach = random.nextInt(3) == 0 ? Reach.NONE : Reach.values()[random.nextInt(Reach.values().length - 1)];
            StringBuilder s = new StringBuilder("package com.gen.").append(pkg).append(";\n\n");
            if (reach == Reach.API) {
                s.append("import dev.flaglint.runtime.FeatureFlags;\n\n");
            }
            if (reach == Reach.MOCK) {
                s.append("import static org.mockito.Mockito.*;\n\n");
            }
            if (random.nextInt(4) == 0) {
                s.append("// class Commented {} and \"class InAComment\"\n");
            }
            s.append("public class ").append(type).append(" {\n");
            s.append("    public static final String KEY = \"lit-").append(word()).append("\";\n");
            s.append(switch (reach) {
                case API -> "    FeatureFlags flags;\n";
                case GATE -> "    Gate0 gate0;\n    Gate1 gate1;\n";
                case SUB -> "    Sub0 sub0;\n    Sub1 sub1;\n";
                case HOLDER, MOCK -> "";
                case NONE -> "    java.util.logging.Logger log;\n";
            });
            s.append("    String noise = \"class NotAType { \";\n");
            s.append("    void run() {\n");
            if (reach == Reach.MOCK) {
                s.append("        var mock0 = mock(Sub0.class);\n        var mock1 = spy(Sub1.class);\n");
            }
            int calls = 1 + random.nextInt(4);
            for (int i = 0; i < calls; i++) {
                s.append("        ").append(call(reach)).append(";\n");
            }
            s.append("    }\n}\n");
            for (String declared : VOCABULARY) {
                if (f.equals(hosts.get(pkg + "." + declared))) {
                    s.append('\n').append(declaration(declared));
                }
            }
            return s.toString();
        }

        private String declaration(String type) {
            int i = type.charAt(type.length() - 1) - '0';
            return switch (type.substring(0, type.length() - 1)) {
                case "Gate" -> "class " + type + " {\n    dev.flaglint.runtime.FeatureFlags flags;\n    boolean open" + i
                        + "(String key) { return flags.isEnabled(key); }\n}\n";
                case "Holder" -> "final class " + type + " {\n    static final String K = \"lit-" + word()
                        + "\";\n    static final String P = Holder" + random.nextInt(2) + ".K + \"-p\";\n    static Sub"
                        + random.nextInt(2) + " CLIENT;\n}\n";
                case "Sub" -> "abstract class " + type + " implements dev.flaglint.runtime.Flags {\n}\n";
                default -> "enum " + type + " { NEW_SEARCH, OLD_SEARCH }\n";
            };
        }

        private String call(Reach reach) {
            int i = random.nextInt(2);
            return switch (reach) {
                case API -> "flags.isEnabled(" + key(reach) + ")";
                case GATE -> "gate" + i + ".open" + i + "(" + key(reach) + ")";
                case SUB -> "sub" + i + ".isEnabled(" + key(reach) + ")";
                case HOLDER -> "Holder" + i + ".CLIENT.isEnabled(" + key(reach) + ")";
                case MOCK -> random.nextBoolean() ? "verify(mock" + i + ").isEnabled(" + key(reach) + ")"
                        : "when(mock" + i + ".isEnabled(eq(" + key(reach) + "))).thenReturn(true)";
                case NONE -> "log.isLoggable(null); isEnabled(" + key(reach) + ")";
            };
        }

        private String key(Reach reach) {
            int i = random.nextInt(2);
            return switch (reach == Reach.NONE ? 0 : random.nextInt(reach == Reach.API ? 6 : 5)) {
                case 0, 1 -> "\"" + (reach == Reach.GATE ? "g-" : reach == Reach.SUB ? "s-" : "lit-") + word() + "\"";
                case 2 -> "Holder" + i + ".K";
                case 3 -> "Holder" + i + ".P + \"-" + word() + "\"";
                case 4 -> "Kind0.NEW_SEARCH.name()";
                default -> "com.gen." + PACKAGES[random.nextInt(2)] + ".Unit" + random.nextInt(nextName) + ".KEY";
            };
        }
    }
}
