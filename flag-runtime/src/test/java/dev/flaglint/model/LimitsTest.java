package dev.flaglint.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile or corrupt input is refused as soon as a limit is crossed, with one problem at the line where it
 * was crossed. (The inputs are those that used to take seconds; how long they take now is measured by hand,
 * not asserted.)
 */
class LimitsTest {

    private static final String HEAD = OneFlag.HEAD;

    private static Problem onlyProblem(String content) {
        return OneFlag.onlyProblem(FlagsFile.parse("flags.yaml", content, Format.YAML));
    }

    @Test
    void aFileOverOneMebibyteIsRefusedWhereItCrossesTheLimitWithoutReadingTheRest() {
        String line = "# " + "x".repeat(1000) + "\n";
        String content = HEAD + line.repeat(2000);
        Problem p = onlyProblem(content);

        assertThat(p.kind()).isEqualTo(Problem.Kind.SYNTAX);
        assertThat(p.position().line()).isEqualTo(7 + (Limits.MAX_FILE_BYTES - HEAD.length()) / line.length());
        assertThat(p.message()).isEqualTo("the file is larger than 1,048,576 bytes (1 MiB), the most a flags file may"
                + " have, and crosses that size here; remove flags the code no longer uses");

        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        assertThat(FlagsFile.read("endless", endless, Format.YAML).problems()).singleElement()
                .satisfies(q -> assertThat(q.message()).startsWith("the file is larger than 1,048,576 bytes"));
    }

    @Test
    void theSizeOfTextIsCountedInUtf8BytesLikeAFilesSize() {
        String threeBytesEach = "# " + "€".repeat(Limits.MAX_FILE_BYTES / 3) + "\n";
        assertThat(onlyProblem(HEAD + threeBytesEach).message()).startsWith("the file is larger than");
        assertThat(FlagsFile.parse("flags.yaml", HEAD + threeBytesEach.substring(0, 30_000) + "\n", Format.YAML)
                .problems()).isEmpty();
    }

    @Test
    void aLongValueIsRefusedAtIt() {
        Problem p = onlyProblem(HEAD + "    description: " + "word ".repeat(4000) + "\n");

        assertThat(p.position()).isEqualTo(new Position(7, 18));
        assertThat(p.message()).isEqualTo("a value of 19,999 characters; values may have at most 16,384");
        assertThat(onlyProblem(HEAD + "    description: \"" + "x".repeat(60_000) + "\"\n").message())
                .isEqualTo("a value of 60,000 characters; values may have at most 16,384");
        assertThat(FlagsFile.parse("flags.yaml", HEAD + "    description: " + "x".repeat(Limits.MAX_STRING_LENGTH)
                + "\n", Format.YAML).problems()).isEmpty();
    }

    @Test
    void aLongLineIsRefusedBeforeTheYamlReaderScansIt() {
        // One run of 4 MB took the YAML reader 9 s; lines are checked first, in one pass.
        Problem p = onlyProblem(HEAD + "    description: " + "x".repeat(900_000) + "\n");

        assertThat(p.position()).isEqualTo(new Position(7, 65_537));
        assertThat(p.message()).isEqualTo("a line longer than 65,536 characters, the most a YAML flags file allows;"
                + " break it up (a JSON file may be on one line, if it is named .json)");
        assertThat(onlyProblem(HEAD + "# " + "comment ".repeat(10_000) + "\n").position().line()).isEqualTo(7);
    }

    @Test
    void jsonMayBeOnOneLineButItsValuesAreLimitedToo() {
        String oneLine = "{\"flags\": {" + "\"k\": 1, ".repeat(10_000) + "\"f\": {\"description\": \""
                + "x".repeat(20_000) + "\"}}}";
        FlagsFile file = FlagsFile.parse("flags.json", oneLine, Format.JSON);

        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().line()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("a value of 20,000 characters; values may have at most 16,384");
        });
    }

    @Test
    void longKeysAndFieldNamesAreRefused() {
        Problem key = onlyProblem("flags:\n  " + "k".repeat(300) + ":\n    owner: o\n");
        assertThat(key.position()).isEqualTo(new Position(2, 3));
        assertThat(key.message()).isEqualTo("a key of 300 characters; flag keys and field names may have at most 256");

        Problem field = onlyProblem(HEAD + "    " + "f".repeat(1000) + ": 1\n");
        assertThat(field.position()).isEqualTo(new Position(7, 5));

        // Past 1,024 characters the YAML reader itself stops looking for the ':'.
        Problem longer = onlyProblem("flags:\n  " + "k".repeat(5000) + ":\n    owner: o\n");
        assertThat(longer.position().line()).isEqualTo(2);
        assertThat(longer.message()).isEqualTo("not valid YAML: mapping values are not allowed here (a key may have"
                + " at most 256 characters); fix the syntax at this line");
    }

    @Test
    void deepNestingIsRefusedAtTheLevelThatCrossesTheLimit() {
        Problem flow = onlyProblem(HEAD + "    x: " + "[".repeat(30_000) + "]".repeat(30_000) + "\n");
        assertThat(flow.position()).as("the 65th level: root, flags, f, then 62 lists").isEqualTo(new Position(7, 8 + 61));
        assertThat(flow.message()).isEqualTo("mappings and lists nested deeper than 64 levels; a flags file needs"
                + " about ten");

        StringBuilder block = new StringBuilder(HEAD);
        for (int depth = 0; depth < 100; depth++) {
            block.append("  ".repeat(depth + 2)).append("x:\n");
        }
        assertThat(onlyProblem(block.toString()).message()).startsWith("mappings and lists nested deeper than 64");
        assertThat(FlagsFile.parse("flags.json", "[".repeat(100_000), Format.JSON).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("mappings and lists nested deeper than 64"));
    }

    @Test
    void longNumbersAreNotDecoded() {
        Problem p = onlyProblem(HEAD + "    rules:\n      - if: { id: [" + "9".repeat(1010) + "] }\n        enabled: true\n");
        assertThat(p.position()).isEqualTo(new Position(8, 20));
        assertThat(p.message()).isEqualTo("a number of 1,010 characters; numbers may have at most 1,000");

        FlagsFile json = FlagsFile.parse("flags.json", "{\"flags\": {\"f\": {\"rollout\": " + "1".repeat(50_000) + "}}}",
                Format.JSON);
        assertThat(json.problems()).singleElement().satisfies(q -> assertThat(q.message())
                .isEqualTo("a number of 50,000 characters; numbers may have at most 1,000"));
    }

    @Test
    void aLongRegularExpressionMakesOnlyItsFlagInvalid() {
        String content = HEAD + """
                    rules:
                      - if: { agent: { matches: "%s" } }
                        enabled: true
                    rollout: 0
                  other:
                    owner: o
                    created: 2026-01-01
                    permanent: true
                    ticket: T-2
                """.formatted("a".repeat(70_00));
        FlagsFile file = FlagsFile.parse("flags.yaml", content, Format.YAML);

        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo(new Position(8, 33));
            assertThat(p.field()).isEqualTo("rules[0].if.agent.matches");
            assertThat(p.message()).isEqualTo("a regular expression of 7,000 characters; 'matches' takes at most 1,024"
                    + " (compiling and running one costs more the longer it is)");
        });
        assertThat(file.flags().get("f").valid()).isFalse();
        assertThat(file.flags().get("other").valid()).isTrue();
    }

    @Test
    void malformedUtf8IsAProblemAtItsLineNeverReplacedSilently() {
        byte[] bytes = (HEAD + "    description: caf\u00e9 menu\n").getBytes(StandardCharsets.ISO_8859_1);
        FlagsFile file = FlagsFile.parse("flags.yaml", bytes, Format.YAML);

        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.SYNTAX);
            assertThat(p.toString()).isEqualTo("flags.yaml:7:21: not UTF-8: byte 0xE9 cannot start a character here;"
                    + " save the file as UTF-8");
        });
        assertThat(FlagsFile.read("flags.yaml", new ByteArrayInputStream(bytes), Format.YAML).problems())
                .isEqualTo(file.problems());

        byte[] cut = (HEAD + "    description: \u00e9").getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(cut, cut.length - 1); // half of a two-byte character
        assertThat(FlagsFile.parse("flags.yaml", truncated, Format.YAML).problems().get(0).message())
                .startsWith("not UTF-8: byte 0xC3 cannot start a character here");
    }

    @Test
    void aByteOrderMarkIsIgnoredAndColumnsStayRight() {
        String content = "\uFEFF" + HEAD + "    rollout: 300\n";
        FlagsFile fromText = FlagsFile.parse("flags.yaml", content, Format.YAML);
        FlagsFile fromBytes = FlagsFile.parse("flags.yaml", content.getBytes(StandardCharsets.UTF_8), Format.YAML);

        assertThat(fromText.problems()).singleElement()
                .satisfies(p -> assertThat(p.position()).isEqualTo(new Position(7, 14)));
        assertThat(fromBytes.problems()).isEqualTo(fromText.problems());
        assertThat(fromBytes.flags()).containsOnlyKeys("f");
    }

    @Test
    void yamlAliasesAreRefusedRatherThanReadAsTheirName() {
        Problem p = onlyProblem(HEAD + """
                    rules:
                      - if: { plan: &paying [pro, enterprise] }
                        enabled: true
                      - if: { tier: *paying }
                        enabled: false
                    rollout: 0
                """);

        assertThat(p.position()).isEqualTo(new Position(10, 21));
        assertThat(p.message()).isEqualTo("an alias ('*paying') cannot be used in a flags file; write the value out in"
                + " full");
    }
}
