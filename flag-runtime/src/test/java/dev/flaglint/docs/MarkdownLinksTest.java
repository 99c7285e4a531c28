package dev.flaglint.docs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link and {@code #anchor} in the repository's README.md and docs/*.md leads somewhere:
 * the file or directory exists, and an anchor names a heading of the target (as GitHub makes anchors
 * from headings). External links are not followed (the build runs offline); links inside code are not
 * links.
 */
class MarkdownLinksTest {

    /** {@code [text](target)} or {@code [text](target "title")}; images too. */
    private static final Pattern INLINE = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*])*]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** {@code [id]: target} */
    private static final Pattern DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s+.*)?$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Test
    void everyRelativeLinkAndAnchorInTheDocsResolves() throws IOException {
        Path root = repositoryRoot();
        List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> files = Files.list(root.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        }

        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path doc : docs) {
            List<Link> found = links(doc);
            links += found.size();
            for (Link link : found) {
                problem(link).ifPresent(p -> broken.add(root.relativize(doc) + ":" + link.line() + ": " + link.target()
                        + ": " + p));
            }
        }
        assertThat(broken).as("broken links").isEmpty();
        assertThat(links).as("relative links checked").isGreaterThan(5);
    }

    @Test
    void reportsAMissingFileAndAMissingAnchorAndIgnoresCodeAndExternalLinks(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("other.md"), "# The `check` goal: options & more\n\n## Options\n\n## Options\n");
        Path doc = dir.resolve("doc.md");
        Files.writeString(doc, """
                # Start

                [fine](other.md#the-check-goal-options--more), [second](other.md#options-1), [self](#start)
                [gone](missing.md), [no anchor](other.md#nope), [web](https://example.org/x#y)

                ```
                [in a fence](missing-too.md)
                ```
                and `[in code](missing-three.md)`

                [ref]: other.md#options
                """);

        Map<String, String> problems = new HashMap<>();
        for (Link link : links(doc)) {
            problem(link).ifPresent(p -> problems.put(link.target(), link.line() + ": " + p));
        }
        assertThat(problems).containsOnly(
                Map.entry("missing.md", "4: no such file"),
                Map.entry("other.md#nope", "4: no heading makes the anchor 'nope' in other.md"));
    }

    @Test
    void anchorsAreMadeAsGitHubMakesThem() {
        assertThat(anchor("flag-lint:report — the flag inventory")).isEqualTo("flag-lintreport--the-flag-inventory");
        assertThat(anchor("The `flags.yaml` file")).isEqualTo("the-flagsyaml-file");
        assertThat(anchor("Add it to your project")).isEqualTo("add-it-to-your-project");
        assertThat(anchor("Part 1: flag-runtime")).isEqualTo("part-1-flag-runtime");
        assertThat(anchor("[Linked](x.md) heading_with_underscore")).isEqualTo("linked-heading_with_underscore");
    }

    record Link(Path file, int line, String target) {
    }

    /** The links of a Markdown file, outside fenced code and code spans. */
    static List<Link> links(Path file) throws IOException {
        List<Link> links = new ArrayList<>();
        boolean fenced = false;
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            String text = CODE_SPAN.matcher(line).replaceAll("");
            Matcher definition = DEFINITION.matcher(text);
            if (definition.matches()) {
                links.add(new Link(file, i + 1, definition.group(1)));
                continue;
            }
            Matcher inline = INLINE.matcher(text);
            while (inline.find()) {
                links.add(new Link(file, i + 1, inline.group(1)));
            }
        }
        return links;
    }

    /** What is wrong with a link, or empty; external links are taken as they are. */
    static Optional<String> problem(Link link) throws IOException {
        String target = link.target();
        if (target.isEmpty() || SCHEME.matcher(target).find()) {
            return Optional.empty();
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = path.isEmpty() ? link.file() : link.file().getParent().resolve(path).normalize();
        if (!Files.exists(resolved)) {
            return Optional.of("no such file");
        }
        if (fragment != null && resolved.toString().endsWith(".md") && !anchors(resolved).contains(fragment)) {
            return Optional.of("no heading makes the anchor '" + fragment + "' in " + resolved.getFileName());
        }
        return Optional.empty();
    }

    /** The anchors GitHub gives the headings of a Markdown file: duplicates get -1, -2, ... */
    static Set<String> anchors(Path file) throws IOException {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(file)) {
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (!fenced && h.matches()) {
                String base = anchor(h.group(2));
                int n = seen.merge(base, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? base : base + "-" + n);
            }
        }
        return anchors;
    }

    /**
     * GitHub's anchor for a heading: its text (links and code marks removed), lower case, without
     * punctuation other than {@code -} and {@code _}, spaces turned into {@code -}.
     */
    static String anchor(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("`", "");
        StringBuilder anchor = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                anchor.appendCodePoint(c);
            } else if (c == ' ') {
                anchor.append('-');
            }
        });
        return anchor.toString();
    }

    /** The directory with the root pom and README.md, above this module. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))
                && Files.isRegularFile(dir.resolve("mvnw")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
