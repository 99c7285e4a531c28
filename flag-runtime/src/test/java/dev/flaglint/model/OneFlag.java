package dev.flaglint.model;

import static org.assertj.core.api.Assertions.assertThat;

/** A valid flag 'f' on lines 1–6, for tests that write the field under test from line 7 on. */
final class OneFlag {

    static final String HEAD = """
            flags:
              f:
                owner: o
                created: 2026-01-01
                permanent: true
                ticket: T-1
            """;

    private OneFlag() {
    }

    /** {@link #HEAD} followed by {@code tail}, parsed as {@code flags.yaml}. */
    static FlagsFile parse(String tail) {
        return FlagsFile.parse("flags.yaml", HEAD + tail, Format.YAML);
    }

    /** The file's one problem (failing when it has none or several). */
    static Problem onlyProblem(FlagsFile file) {
        assertThat(file.problems()).hasSize(1);
        return file.problems().get(0);
    }
}
