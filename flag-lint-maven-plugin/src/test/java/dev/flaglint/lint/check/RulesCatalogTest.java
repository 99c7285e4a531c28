package dev.flaglint.lint.check;

import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule id but the baseline's own has exactly one rule, in id order, fully described. */
class RulesCatalogTest {

    @Test
    void oneRulePerIdInIdOrder() {
        assertThat(Rules.all()).extracting(LintRule::id).containsExactlyElementsOf(Arrays.stream(RuleId.values())
                .filter(id -> id != RuleId.STALE_BASELINE).toList());
    }

    @Test
    void eachRuleIsDescribed() {
        for (LintRule rule : Rules.all()) {
            RuleDoc doc = rule.doc();
            assertThat(doc.name()).as(doc.id().id()).matches("[A-Z][A-Za-z]+");
            assertThat(doc.shortDescription()).as(doc.id().id()).endsWith(".");
            assertThat(doc.fullDescription()).as(doc.id().id()).isNotBlank();
            assertThat(doc.help()).as(doc.id().id()).isNotBlank();
            assertThat(doc.defaultSeverity()).as(doc.id().id()).isNotNull();
        }
        assertThat(Rules.all()).extracting(r -> r.doc().name()).doesNotHaveDuplicates();
    }
}
