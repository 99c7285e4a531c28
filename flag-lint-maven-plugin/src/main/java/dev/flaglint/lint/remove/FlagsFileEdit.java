package dev.flaglint.lint.remove;

import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes a flag's entry from the flags file as text, so every other byte stays: in YAML, the key's line, the lines
 * indented below it and the comment lines just above it at its indentation; in JSON, the member and one comma. The
 * result must still parse, with the same other flags, or nothing is changed.
 */
final class FlagsFileEdit {

    private FlagsFileEdit() {
    }

    /**
     * The text without the flag's entry, or empty with the reason in {@code why} when it cannot be done safely.
     *
     * @param name the file's name (its extension tells YAML from JSON)
     */
    static Optional<String> without(String name, String text, Flag flag, StringBuilder why) {
        SourceText source = new SourceText(text);
        int keyAt = source.offset(flag.position().line(), flag.position().column());
        Format format = name.endsWith(".json") ? Format.JSON : Format.YAML;
        String edited = format == Format.JSON ? json(source, keyAt) : yaml(source, keyAt);
        FlagsFile before = FlagsFile.parse(name, text, format);
        FlagsFile after = FlagsFile.parse(name, edited, format);
        Set<String> expected = new HashSet<>(before.flags().keySet());
        expected.remove(flag.key());
        if (edited.equals(text) || !after.isReadable() || !after.flags().keySet().equals(expected)) {
            why.append("the entry of '").append(flag.key()).append("' could not be deleted without changing the"
                    + " rest of ").append(name);
            return Optional.empty();
        }
        return Optional.of(edited);
    }

    private static String yaml(SourceText source, int keyAt) {
        String text = source.text();
        int from = source.lineStart(keyAt);
        String indent = text.substring(from, keyAt);
        if (!indent.isBlank()) {
            return text; // the key shares its line with something else: an inline mapping
        }
        int to = source.nextLineStart(keyAt);
        int lastContent = to;
        while (to < text.length()) {
            int next = source.nextLineStart(to);
            String line = text.substring(to, next);
            String stripped = line.strip();
            if (!stripped.isEmpty() && indentOf(line) <= indent.length()) {
                break;
            }
            if (!stripped.isEmpty()) {
                lastContent = next;
            }
            to = next;
        }
        to = lastContent; // blank lines after the entry separate it from the next one: they stay
        while (from > 0) {
            int previous = source.previousLineStart(from);
            String line = text.substring(previous, from);
            if (!line.strip().startsWith("#") || indentOf(line) != indent.length()) {
                break;
            }
            from = previous;
        }
        Edit edit = Edit.delete(from, to);
        boolean blankBefore = from > 0 && source.blankLine(source.previousLineStart(from));
        boolean firstInMapping = from == 0 || !blankBefore
                && indentOf(text.substring(source.previousLineStart(from), from)) < indent.length();
        boolean blankAfter = to < text.length() && source.blankLine(to);
        if (blankBefore && (to >= text.length() || blankAfter)) {
            edit = Edit.delete(source.previousLineStart(from), to); // one blank line stays between the neighbours
        } else if (firstInMapping && blankAfter) {
            edit = Edit.delete(from, source.nextLineStart(to));
        }
        return Edit.apply(text, java.util.List.of(edit));
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static String json(SourceText source, int keyAt) {
        String text = source.text();
        int colon = text.indexOf(':', skipString(text, keyAt));
        if (colon < 0) {
            return text;
        }
        int end = valueEnd(text, colon + 1);
        int begin = keyAt;
        int after = skipBlank(text, end);
        if (after < text.length() && text.charAt(after) == ',') {
            end = skipBlank(text, after + 1); // up to the next member
            if (source.blank(source.lineStart(begin), begin)) {
                begin = source.lineStart(begin);
                end = source.lineStart(end);
            }
        } else {
            int comma = begin - 1;
            while (comma >= 0 && Character.isWhitespace(text.charAt(comma))) {
                comma--;
            }
            if (comma >= 0 && text.charAt(comma) == ',') {
                begin = comma;
            }
        }
        return text.substring(0, begin) + text.substring(end);
    }

    private static int skipString(String text, int quote) {
        int i = quote + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static int skipBlank(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Just past the JSON value starting after {@code from}. */
    private static int valueEnd(String text, int from) {
        int i = skipBlank(text, from);
        int depth = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                i = skipString(text, i);
                if (depth == 0) {
                    return i;
                }
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth <= 0) {
                    return depth < 0 ? i : i + 1;
                }
            } else if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
                return i;
            }
            i++;
        }
        return i;
    }
}
