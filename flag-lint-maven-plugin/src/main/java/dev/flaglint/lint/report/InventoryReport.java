package dev.flaglint.lint.report;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.source.ModulePaths;
import dev.flaglint.model.Metadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the flag inventory as {@code flag-inventory.md} and a self-contained
 * {@code flag-inventory.html} (inline CSS, no scripts, no external assets), and says on the console
 * what it counted and where. Call sites link to the source files, relative to the report, with a
 * {@code #L<line>} anchor.
 */
public final class InventoryReport implements LintOutput {

    public static final String MARKDOWN = "flag-inventory.md";
    public static final String HTML = "flag-inventory.html";

    private final Path directory;
    private final Console console;
    private final ConsolePaths paths;

    /** @param directory where both files are written */
    public InventoryReport(Path directory, Console console, ConsolePaths paths) {
        this.directory = directory;
        this.console = console;
        this.paths = paths;
    }

    @Override
    public void write(LintRequest request, LintResult result) {
        Inventory inventory = Inventory.of(request, result);
        List<Path> files = write(request, inventory);
        List<String> counts = new ArrayList<>();
        for (Map.Entry<Inventory.Status, Long> e : inventory.statusCounts().entrySet()) {
            if (e.getValue() > 0) {
                counts.add(e.getValue() + " " + e.getKey().label());
            }
        }
        console.info("flag-lint: inventory of " + Plural.of(inventory.rows().size(), "flag")
                + (counts.isEmpty() ? "" : ": " + String.join(", ", counts)) + " ("
                + paths.show(request, files.get(0)) + ", " + paths.show(request, files.get(1)) + ")");
    }

    /** Writes both files; returns them (Markdown, HTML). */
    public List<Path> write(LintRequest request, Inventory inventory) {
        Path dir = directory;
        try {
            Files.createDirectories(dir);
            Path md = dir.resolve(MARKDOWN);
            Path html = dir.resolve(HTML);
            Files.writeString(md, markdown(request, inventory), StandardCharsets.UTF_8);
            Files.writeString(html, html(request, inventory), StandardCharsets.UTF_8);
            return List.of(md, html);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the flag inventory to " + dir, e);
        }
    }

    // ---------------------------------------------------------------- Markdown

    public String markdown(LintRequest request, Inventory inv) {
        StringBuilder md = new StringBuilder();
        md.append("# Feature flags: ").append(cell(inv.module())).append("\n\n")
                .append(subtitle(inv)).append("\n\n")
                .append(statusLine(inv)).append("\n\n");
        md.append("## Flags, most urgent first\n\n")
                .append("| Status | Flag | Owner | Ticket | Created | Expires | Age (days) | Days left | Permanent"
                        + " | Call sites (main / test) |\n")
                .append("| --- | --- | --- | --- | --- | --- | ---: | --- | --- | --- |\n");
        for (Inventory.Row r : inv.rows()) {
            Metadata m = r.metadata();
            md.append("| **").append(r.status().label()).append("**")
                    .append(r.detail().isEmpty() ? "" : " (" + r.detail() + ")")
                    .append(" | `").append(cell(r.key())).append("` | ")
                    .append(m == null || m.owner() == null ? "—" : cell(m.owner())).append(" | ")
                    .append(m == null || m.ticket() == null ? "—" : cell(m.ticket())).append(" | ")
                    .append(m == null || m.created() == null ? "—" : m.created()).append(" | ")
                    .append(m == null ? "—" : m.permanent() ? "never" : m.expires() == null ? "—" : m.expires())
                    .append(" | ").append(r.ageDays() == null ? "—" : r.ageDays()).append(" | ")
                    .append(r.daysLeftText()).append(" | ")
                    .append(m != null && m.permanent() ? "yes" : "no").append(" | ")
                    .append(r.mainSites().size()).append(" / ").append(r.testSites().size());
            List<String> links = new ArrayList<>();
            for (CallSite s : sites(r)) {
                links.add("[" + cell(fileName(s.file())) + ":" + s.line() + "](" + link(request, s) + ")"
                        + (s.test() ? " (test)" : ""));
            }
            if (!links.isEmpty()) {
                md.append(": ").append(String.join(", ", links));
            }
            md.append(" |\n");
        }
        if (inv.rows().isEmpty()) {
            md.append("| | no flags declared or evaluated | | | | | | | | |\n");
        }
        if (inv.dynamicKeys() > 0) {
            md.append("\n").append(inv.dynamicKeys()).append(" call site").append(inv.dynamicKeys() == 1 ? " has" : "s have")
                    .append(" a key only known at run time and belong to no row (see the dynamic-key warnings).\n");
        }
        md.append("\n## By owner\n\n| Owner | Flags |");
        for (Inventory.Status s : Inventory.Status.values()) {
            md.append(' ').append(s.label()).append(" |");
        }
        md.append("\n| --- | ---: |");
        md.append(" ---: |".repeat(Inventory.Status.values().length)).append('\n');
        for (Map.Entry<String, Map<Inventory.Status, Long>> e : inv.ownerCounts().entrySet()) {
            md.append("| ").append(cell(e.getKey())).append(" | ")
                    .append(e.getValue().values().stream().mapToLong(Long::longValue).sum()).append(" |");
            for (Inventory.Status s : Inventory.Status.values()) {
                long n = e.getValue().get(s);
                md.append(' ').append(n == 0 ? "" : String.valueOf(n)).append(" |");
            }
            md.append('\n');
        }
        md.append("\n## Statuses\n\n");
        for (Inventory.Status s : Inventory.Status.values()) {
            md.append("- **").append(s.label()).append("**: ").append(s.meaning()).append('\n');
        }
        return md.toString();
    }

    // ---------------------------------------------------------------- HTML

    public String html(LintRequest request, Inventory inv) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Feature flags: ").append(esc(inv.module())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<header><h1>Feature flags <span class=\"module\">").append(esc(inv.module()))
                .append("</span></h1>\n<p class=\"sub\">").append(esc(subtitle(inv).replace("`", "")))
                .append("</p></header>\n");

        h.append("<section class=\"cards\">\n");
        for (Map.Entry<Inventory.Status, Long> e : inv.statusCounts().entrySet()) {
            h.append("<div class=\"card ").append(css(e.getKey())).append(e.getValue() == 0 ? " zero" : "")
                    .append("\"><div class=\"n\">").append(e.getValue()).append("</div><div class=\"l\">")
                    .append(esc(e.getKey().label())).append("</div></div>\n");
        }
        h.append("</section>\n");

        // Seven columns that wrap, so the table fits the page: days left under the expiry date, age under
        // the creation date (a column narrow screens drop), "permanent" as the expiry.
        h.append("<h2>Flags, most urgent first</h2>\n<div class=\"scroll\"><table class=\"flags\">\n<thead><tr>"
                + "<th>Status</th><th>Flag</th><th>Owner</th><th>Ticket</th><th class=\"created\">Created</th>"
                + "<th>Expires</th><th>Call sites <span class=\"dim\">main / test</span></th></tr></thead>\n<tbody>\n");
        for (Inventory.Row r : inv.rows()) {
            Metadata m = r.metadata();
            h.append("<tr class=\"").append(css(r.status())).append("\"><td><span class=\"badge ")
                    .append(css(r.status())).append("\">").append(esc(r.status().label())).append("</span>");
            if (!r.detail().isEmpty()) {
                h.append("<div class=\"detail\">").append(esc(r.detail())).append("</div>");
            }
            h.append("</td><td><code>").append(esc(r.key())).append("</code>");
            if (m != null && m.description() != null) {
                h.append("<div class=\"detail\">").append(esc(m.description())).append("</div>");
            }
            h.append("</td><td class=\"owner\">").append(text(m == null ? null : m.owner()))
                    .append("</td><td class=\"ticket\">").append(text(m == null ? null : m.ticket()))
                    .append("</td><td class=\"created\"><span class=\"date\">")
                    .append(text(m == null || m.created() == null ? null : m.created().toString())).append("</span>");
            if (r.ageDays() != null) {
                h.append("<div class=\"detail\">").append(r.ageDays()).append(r.ageDays() == 1 ? " day" : " days")
                        .append(" old</div>");
            }
            h.append("</td><td><span class=\"date\">").append(m != null && m.permanent() ? "never"
                            : text(m == null || m.expires() == null ? null : m.expires().toString())).append("</span>");
            if (m != null && (m.permanent() || r.daysLeft() != null)) {
                h.append("<div class=\"left\">").append(esc(r.daysLeftText())).append("</div>");
            }
            h.append("</td><td class=\"sites\"><span class=\"count\">").append(r.mainSites().size())
                    .append(" / ").append(r.testSites().size()).append("</span>");
            for (CallSite s : sites(r)) {
                h.append(" <a href=\"").append(esc(link(request, s))).append("\" title=\"").append(esc(s.file()))
                        .append(':').append(s.line()).append("\">").append(esc(fileName(s.file()))).append(':')
                        .append(s.line()).append("</a>").append(s.test() ? "<span class=\"tag\">test</span>" : "");
            }
            h.append("</td></tr>\n");
        }
        if (inv.rows().isEmpty()) {
            h.append("<tr><td colspan=\"7\" class=\"dim\">No flags declared or evaluated.</td></tr>\n");
        }
        h.append("</tbody>\n</table></div>\n");
        if (inv.dynamicKeys() > 0) {
            h.append("<p class=\"note\">").append(inv.dynamicKeys()).append(" call site")
                    .append(inv.dynamicKeys() == 1 ? " has" : "s have")
                    .append(" a key only known at run time and belong to no row (see the dynamic-key warnings).</p>\n");
        }
        h.append("<h2>By owner</h2>\n<div class=\"scroll\"><table class=\"owners\">\n<thead><tr><th>Owner</th><th class=\"num\">Flags</th>");
        for (Inventory.Status s : Inventory.Status.values()) {
            h.append("<th class=\"num\">").append(esc(s.label())).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Map<Inventory.Status, Long>> e : inv.ownerCounts().entrySet()) {
            h.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"num\">")
                    .append(e.getValue().values().stream().mapToLong(Long::longValue).sum()).append("</td>");
            for (Inventory.Status s : Inventory.Status.values()) {
                long n = e.getValue().get(s);
                h.append("<td class=\"num\">").append(n == 0 ? "<span class=\"dim\">·</span>"
                        : "<span class=\"pill " + css(s) + "\">" + n + "</span>").append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table></div>\n");

        h.append("<h2>Statuses</h2>\n<dl class=\"legend\">\n");
        for (Inventory.Status s : Inventory.Status.values()) {
            h.append("<dt><span class=\"badge ").append(css(s)).append("\">").append(esc(s.label()))
                    .append("</span></dt><dd>").append(esc(s.meaning())).append("</dd>\n");
        }
        h.append("</dl>\n<footer>Generated by flag-lint ").append(esc(ToolInfo.load().version()))
                .append(" (mvn flag-lint:report).</footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static final String CSS = """
            :root { --fg:#1d2939; --muted:#667085; --line:#e4e7ec; --bg:#f9fafb;
              --expired:#b42318; --expired-bg:#fef3f2; --undeclared:#c4320a; --undeclared-bg:#fff6ed;
              --soon:#b54708; --soon-bg:#fffaeb; --ready:#175cd3; --ready-bg:#eff8ff;
              --unused:#6941c6; --unused-bg:#f4f3ff; --ok:#067647; --ok-bg:#ecfdf3; }
            * { box-sizing: border-box; }
            body { margin:0; background:var(--bg); color:var(--fg);
              font: 14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1240px; margin: 0 auto; padding: 28px 24px 40px; }
            h1 { font-size: 24px; margin: 0 0 4px; }
            h1 .module { color: var(--muted); font-weight: 500; }
            h2 { font-size: 16px; margin: 28px 0 10px; }
            .sub { color: var(--muted); margin: 0 0 18px; }
            code, .date { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
            code { overflow-wrap: anywhere; }
            .date { white-space: nowrap; }
            .left { font-size: 12px; margin-top: 2px; white-space: nowrap; }
            .cards { display: grid; grid-template-columns: repeat(6, 1fr); gap: 10px; }
            .card { background:#fff; border:1px solid var(--line); border-left-width:5px; border-radius:8px; padding:10px 14px; }
            .card .n { font-size: 26px; font-weight: 700; }
            .card .l { color: var(--muted); }
            .card.zero { opacity: .55; }
            table { width:100%; border-collapse: collapse; background:#fff; border:1px solid var(--line); border-radius:8px; overflow:hidden; }
            th, td { text-align:left; padding:8px 10px; border-bottom:1px solid var(--line); vertical-align: top; }
            th { background:#f2f4f7; font-weight:600; font-size:12px; text-transform: uppercase; letter-spacing:.03em; color:#475467; }
            tbody tr:last-child td { border-bottom: 0; }
            td.num, th.num { text-align:right; }
            .scroll { overflow-x: auto; border-radius: 8px; }
            table.flags td:nth-child(2) { min-width: 13em; }
            td.owner, td.ticket { white-space: nowrap; }
            .badge { display:inline-block; padding:2px 9px; border-radius:999px; font-weight:600; font-size:12px; white-space:nowrap; }
            .pill { display:inline-block; min-width:22px; text-align:center; padding:0 6px; border-radius:999px; font-weight:600; }
            .detail { color: var(--muted); font-size: 12px; margin-top: 2px; }
            .dim { color: #98a2b3; }
            .sites a { color: var(--ready); text-decoration: none; white-space: nowrap; margin-right: 4px; display: inline-block; }
            .sites a:hover { text-decoration: underline; }
            .sites .count { font-weight:600; margin-right: 6px; white-space: nowrap; }
            .tag { font-size:11px; color: var(--muted); border:1px solid var(--line); border-radius:4px; padding:0 4px; margin-right:6px; }
            .note { color: var(--muted); }
            dl.legend { display:grid; grid-template-columns: max-content 1fr; gap: 6px 14px; }
            dl.legend dd { margin: 0; color: #344054; }
            footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
            .expired { --c: var(--expired); --b: var(--expired-bg); }
            .undeclared { --c: var(--undeclared); --b: var(--undeclared-bg); }
            .expiring-soon { --c: var(--soon); --b: var(--soon-bg); }
            .ready-to-remove { --c: var(--ready); --b: var(--ready-bg); }
            .unused { --c: var(--unused); --b: var(--unused-bg); }
            .ok { --c: var(--ok); --b: var(--ok-bg); }
            .badge, .pill { color: var(--c); background: var(--b); }
            .card { border-left-color: var(--c); }
            table.flags tr.expired td:first-child, table.flags tr.undeclared td:first-child { box-shadow: inset 4px 0 var(--c); }
            tr.expired .left { color: var(--expired); font-weight: 600; }
            tr.expiring-soon .left { color: var(--soon); font-weight: 600; }
            @media (max-width: 900px) { .cards { grid-template-columns: repeat(3, 1fr); } main { padding: 20px 12px 32px; }
              th, td { padding: 7px 7px; } .created { display: none; } }
            @media (max-width: 640px) { .cards { grid-template-columns: repeat(2, 1fr); } }
            """;

    // ---------------------------------------------------------------- shared

    private static String subtitle(Inventory inv) {
        long sites = inv.rows().stream().mapToLong(r -> r.mainSites().size() + r.testSites().size()).sum()
                + inv.dynamicKeys();
        return "As of " + inv.today() + " · flags file `" + (inv.flagsFile() == null ? "none found" : inv.flagsFile())
                + "` · " + inv.rows().size() + " flag" + (inv.rows().size() == 1 ? "" : "s") + " · " + sites
                + " call site" + (sites == 1 ? "" : "s");
    }

    private static String statusLine(Inventory inv) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Inventory.Status, Long> e : inv.statusCounts().entrySet()) {
            String part = e.getValue() + " " + e.getKey().label();
            parts.add(e.getValue() > 0 && e.getKey().ordinal() <= Inventory.Status.EXPIRING_SOON.ordinal()
                    ? "**" + part + "**" : part);
        }
        return String.join(" · ", parts);
    }

    private static List<CallSite> sites(Inventory.Row r) {
        List<CallSite> all = new ArrayList<>(r.mainSites());
        all.addAll(r.testSites());
        return all;
    }

    /** A link from the report directory to the call site, e.g. {@code ../../src/main/java/A.java#L12}. */
    private String link(LintRequest request, CallSite s) {
        String rel = ModulePaths.relative(directory, request.moduleDir().toAbsolutePath().resolve(s.file()));
        try {
            return new URI(null, null, rel, null).toASCIIString() + "#L" + s.line();
        } catch (URISyntaxException e) {
            return rel + "#L" + s.line();
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String css(Inventory.Status s) {
        return s.label().replace(' ', '-');
    }

    private static String text(String s) {
        return s == null ? "<span class=\"dim\">—</span>" : esc(s);
    }

    /** Markdown table cell text. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
