package dev.flaglint.lint.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParseErrorRuleTest {

    @Test
    void aFileThatDoesNotParseIsAWarningWithWhatTheParserFoundNotEverythingItExpected() {
        assertThat(CheckFixture.noFlagsFile().parseFailure("src/main/java/com/acme/Broken.java", 3, 9,
                "Parse error. Found \"}\",  expected one of  \";\" \"(\" ...").findings(new ParseErrorRule()))
                .containsExactly("WARNING src/main/java/com/acme/Broken.java:[3,9] parse-error: cannot parse this file"
                        + " (Parse error. Found \"}\"); its flag calls were not checked. Fix the syntax error; the"
                        + " other files were checked");
    }
}
