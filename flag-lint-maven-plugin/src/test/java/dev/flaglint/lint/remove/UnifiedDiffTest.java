package dev.flaglint.lint.remove;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedDiffTest {

    @Test
    void hunksHaveThreeLinesOfContextAndGitHeaders() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n";
        String after = "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\nm\nn\n";

        assertThat(UnifiedDiff.of("src/A.java", before, after)).isEqualTo("""
                diff --git a/src/A.java b/src/A.java
                --- a/src/A.java
                +++ b/src/A.java
                @@ -1,7 +1,7 @@
                 a
                 b
                 c
                -d
                +D
                 e
                 f
                 g
                @@ -9,5 +9,5 @@
                 i
                 j
                 k
                -l
                 m
                +n
                """);
        assertThat(UnifiedDiff.counts(before, after)).containsExactly(2, 2);
    }

    @Test
    void equalTextsHaveNoDiffAndAMissingLastLineBreakIsSaid() {
        assertThat(UnifiedDiff.of("f", "x\n", "x\n")).isEmpty();
        assertThat(UnifiedDiff.of("f", "x\ny", "x\n")).isEqualTo("""
                diff --git a/f b/f
                --- a/f
                +++ b/f
                @@ -1,2 +1 @@
                 x
                -y
                \\ No newline at end of file
                """);
    }
}
