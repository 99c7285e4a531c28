package dev.flaglint.lint.adjust;

import dev.flaglint.lint.model.Finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * One accepted finding, keyed by rule, flag and file but not line, so that edits elsewhere in the
 * file do not invalidate it.
 *
 * @param rule the rule id, as written (an entry of a rule that no longer exists simply matches nothing)
 * @param flag the flag key, or {@code null} for findings without one ({@code dynamic-key}, {@code parse-error})
 * @param file the path relative to the module, with {@code /}
 */
public record BaselineEntry(String rule, String flag, String file) implements Comparable<BaselineEntry> {

    private static final Comparator<BaselineEntry> ORDER = Comparator
            .comparing(BaselineEntry::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BaselineEntry::rule, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BaselineEntry::flag, Comparator.nullsFirst(Comparator.naturalOrder()));

    public BaselineEntry {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
    }

    public static BaselineEntry of(Finding f) {
        return new BaselineEntry(f.rule().id(), f.flag(), f.file());
    }

    @Override
    public int compareTo(BaselineEntry other) {
        return ORDER.compare(this, other);
    }

    /** {@code expired of flag 'x' in src/...}, for messages. */
    public String describe() {
        return rule + (flag == null ? "" : " of flag '" + flag + "'") + " in " + file;
    }
}
