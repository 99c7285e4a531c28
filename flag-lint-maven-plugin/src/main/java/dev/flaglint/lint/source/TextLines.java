package dev.flaglint.lint.source;

import java.util.ArrayList;
import java.util.List;

/** A text's lines with their line breaks, so that joining them gives the text back byte for byte. */
public final class TextLines {

    private TextLines() {
    }

    /** The lines, each ending with its {@code \n} (or {@code \r\n}); the last one without, if the text has none. */
    public static List<String> keepingEnds(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
