package dev.flaglint.lint.init;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.LintException;
import dev.flaglint.lint.source.TextLines;
import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code flag-lint:init}: declares every key the code evaluates but the flags file does not, as stub
 * entries with placeholder owner and ticket. It edits the file as text: what is already there keeps
 * its bytes, order and comments; the stubs go at the end of the {@code flags:} block (the end of the
 * file when, as usual, that block is last). A file that does not exist is created.
 */
public final class FlagsFileInit {

    /** Placeholder owner: valid, so the file passes the schema, and easy to find. */
    public static final String OWNER_PLACEHOLDER = "TODO-owner";
    /** Placeholder ticket. */
    public static final String TICKET_PLACEHOLDER = "TODO";

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
    private static final Set<String> YAML_WORDS = Set.of("y", "yes", "n", "no", "true", "false", "on", "off",
            "null");
    private static final Pattern FLAGS_LINE = Pattern.compile("^flags[ \\t]*:(.*)$");

    /**
     * @param file    the flags file
     * @param created whether the file was created
     * @param added   keys added, in order
     * @param skipped keys that are not valid flag keys and were not added
     */
    public record Result(Path file, boolean created, List<String> added, List<String> skipped) {
    }

    private final LocalDate today;
    private final int lifetimeDays;

    /** @throws LintException when {@code lifetimeDays} is below 1 */
    public FlagsFileInit(LocalDate today, int lifetimeDays) {
        if (lifetimeDays < 1) {
            throw new LintException("initLifetimeDays must be 1 or more, got " + lifetimeDays);
        }
        this.today = today;
        this.lifetimeDays = lifetimeDays;
    }

    /** The {@code created} date of the stubs. */
    public LocalDate today() {
        return today;
    }

    /** The {@code expires} date of the stubs. */
    public LocalDate expires() {
        return today.plusDays(lifetimeDays);
    }

    /**
     * Adds a stub for every statically known key of {@code callSites} that {@code file} does not declare.
     *
     * @param header first lines of a new file (without comment markers), e.g. the module name
     * @throws LintException when the file cannot be edited safely (JSON, a syntax error, an inline
     *                       {@code flags:} mapping); the message says what to do
     */
    public Result init(Path file, List<CallSite> callSites, String header) {
        boolean exists = Files.isRegularFile(file);
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            throw new LintException("flag-lint:init edits YAML flags files only; " + name + " is JSON. Declare these"
                    + " keys in it by hand: " + String.join(", ", undeclared(callSites, Set.of()).keySet()));
        }
        String existing = "";
        Set<String> declared = Set.of();
        if (exists) {
            try {
                existing = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new LintException("cannot read " + file + ": " + e.getMessage());
            }
            FlagsFile parsed = FlagsFile.parse(name, existing, Format.YAML);
            if (!parsed.isReadable() && !onlyComments(existing)) {
                Problem p = parsed.problems().get(0);
                throw new LintException(name + ":[" + p.position().line() + "," + p.position().column() + "] "
                        + p.message() + "; fix the flags file first, then run flag-lint:init again");
            }
            declared = parsed.flags().keySet();
        }
        Map<String, CallSite> missing = undeclared(callSites, declared);
        List<String> add = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String key : missing.keySet()) {
            (Flag.isValidKey(key) ? add : skipped).add(key);
        }
        if (add.isEmpty()) {
            return new Result(file, false, List.of(), skipped);
        }
        String updated = exists ? append(existing, add) : newFile(header, add);
        FlagsFile check = FlagsFile.parse(name, updated, Format.YAML);
        if (!check.isReadable() || !check.flags().keySet().containsAll(add)) {
            throw new LintException("flag-lint:init could not add the flags to " + name + " without breaking it"
                    + " (" + (check.problems().isEmpty() ? "keys not found after the edit" : check.problems().get(0))
                    + "); declare these keys by hand: " + String.join(", ", add));
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return new Result(file, !exists, List.copyOf(add), List.copyOf(skipped));
    }

    /** Whether the text holds nothing but blank lines and comments (an empty document). */
    private static boolean onlyComments(String text) {
        return text.lines().map(String::trim).allMatch(l -> l.isEmpty() || l.startsWith("#"));
    }

    /** Keys evaluated in {@code callSites} and not {@code declared}, sorted, with their first call site. */
    public static Map<String, CallSite> undeclared(List<CallSite> callSites, Set<String> declared) {
        Map<String, CallSite> missing = new TreeMap<>();
        for (CallSite site : callSites) {
            if (site.key() != null && !declared.contains(site.key())) {
                missing.putIfAbsent(site.key(), site);
            }
        }
        return missing;
    }

    /** A new flags file declaring {@code keys}. */
    String newFile(String header, List<String> keys) {
        StringBuilder text = new StringBuilder();
        for (String line : header.split("\n")) {
            text.append("# ").append(line).append('\n');
        }
        text.append("# Every flag needs owner, created, expires (or permanent: true) and ticket.\n")
                .append("flags:\n");
        stubs(text, keys, "  ", "    ", "\n");
        return text.toString();
    }

    /**
     * {@code existing} with stubs for {@code keys} at the end of its {@code flags:} block. Everything
     * already there is kept byte for byte, except an empty inline {@code flags: {}}, which becomes
     * {@code flags:} so that entries can follow.
     */
    public String append(String existing, List<String> keys) {
        String nl = existing.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = TextLines.keepingEnds(existing);
        int flagsLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (FLAGS_LINE.matcher(strip(lines.get(i))).matches()) {
                flagsLine = i;
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        if (flagsLine < 0) {
            out.append(existing);
            if (!existing.isEmpty() && !existing.endsWith("\n")) {
                out.append(nl);
            }
            out.append("flags:").append(nl);
            stubs(out, keys, "  ", "    ", nl);
            return out.toString();
        }
        String flagsText = strip(lines.get(flagsLine));
        Matcher m = FLAGS_LINE.matcher(flagsText);
        m.matches();
        String rest = m.group(1).trim();
        if (rest.startsWith("{}")) {
            String comment = rest.substring(2).trim();
            lines.set(flagsLine, "flags:" + (comment.isEmpty() ? "" : " " + comment)
                    + lines.get(flagsLine).substring(flagsText.length()));
        } else if (!rest.isEmpty() && !rest.startsWith("#")) {
            throw new LintException("the flags file writes 'flags:' inline (" + rest + "); flag-lint:init appends"
                    + " block-style entries only. Declare these keys by hand: " + String.join(", ", keys));
        }
        int end = lines.size();
        for (int i = flagsLine + 1; i < lines.size(); i++) {
            String line = strip(lines.get(i));
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                end = i;
                break;
            }
        }
        String keyIndent = "  ";
        String fieldIndent = null;
        for (int i = flagsLine + 1; i < end; i++) {
            String line = strip(lines.get(i));
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            if (i == firstEntry(lines, flagsLine, end)) {
                keyIndent = indent;
            } else if (indent.length() > keyIndent.length()) {
                fieldIndent = indent;
                break;
            }
        }
        if (fieldIndent == null) {
            fieldIndent = keyIndent + keyIndent;
        }
        int insertAt;
        if (end == lines.size()) {
            insertAt = lines.size();
        } else {
            insertAt = flagsLine + 1;
            for (int i = flagsLine + 1; i < end; i++) {
                String line = strip(lines.get(i));
                if (!line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                    insertAt = i + 1;
                }
            }
        }
        for (int i = 0; i < insertAt; i++) {
            out.append(lines.get(i));
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append(nl);
        }
        stubs(out, keys, keyIndent, fieldIndent, nl);
        for (int i = insertAt; i < lines.size(); i++) {
            out.append(lines.get(i));
        }
        return out.toString();
    }

    private static int firstEntry(List<String> lines, int flagsLine, int end) {
        for (int i = flagsLine + 1; i < end; i++) {
            String line = strip(lines.get(i));
            if (!line.isBlank() && !line.trim().startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    private void stubs(StringBuilder out, List<String> keys, String keyIndent, String fieldIndent, String nl) {
        LocalDate expires = expires();
        out.append(keyIndent).append("# added by flag-lint:init on ").append(today)
                .append(": set owner and ticket, and check expires").append(nl);
        for (String key : keys) {
            out.append(keyIndent).append(yamlKey(key)).append(':').append(nl)
                    .append(fieldIndent).append("owner: ").append(OWNER_PLACEHOLDER).append(nl)
                    .append(fieldIndent).append("created: ").append(today).append(nl)
                    .append(fieldIndent).append("expires: ").append(expires).append(nl)
                    .append(fieldIndent).append("ticket: ").append(TICKET_PLACEHOLDER).append(nl);
        }
    }

    /** The key as a YAML mapping key: plain when YAML reads it as that string, else double-quoted. */
    static String yamlKey(String key) {
        if (PLAIN_KEY.matcher(key).matches() && !YAML_WORDS.contains(key.toLowerCase(Locale.ROOT))) {
            return key;
        }
        return "\"" + key + "\"";
    }

    /** A line without its line end. */
    private static String strip(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }
}
