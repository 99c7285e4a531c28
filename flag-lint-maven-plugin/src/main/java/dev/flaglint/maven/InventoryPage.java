package dev.flaglint.maven;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.report.Inventory;
import dev.flaglint.lint.report.Plural;
import dev.flaglint.model.Metadata;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The "Feature flags" page of the site: the flag inventory (most urgent first, counts per owner) and the
 * findings it is based on, written to the site's Doxia sink as the reports of maven-pmd-plugin and
 * maven-checkstyle-plugin are. Text goes to the sink as text, never as markup or link patterns.
 */
final class InventoryPage extends AbstractMavenReportRenderer {

    static final String TITLE = "Feature flags";

    private final Inventory inventory;
    private final List<Finding> findings;

    InventoryPage(Sink sink, Inventory inventory, List<Finding> findings) {
        super(sink);
        this.inventory = inventory;
        // Errors first, then warnings, then info; in file order within each.
        this.findings = findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    @Override
    protected void renderBody() {
        startSection(TITLE + ": " + inventory.module());
        long sites = inventory.rows().stream().mapToLong(r -> r.mainSites().size() + r.testSites().size()).sum()
                + inventory.dynamicKeys();
        paragraph("As of " + inventory.today() + "; flags file "
                + (inventory.flagsFile() == null ? "none found" : inventory.flagsFile()) + "; "
                + Plural.of(inventory.rows().size(), "flag") + ", " + Plural.of(sites, "call site") + ".");
        List<String> counts = new ArrayList<>();
        inventory.statusCounts().forEach((status, n) -> counts.add(n + " " + status.label()));
        paragraph(String.join(" · ", counts));
        flags();
        owners();
        findings();
        statuses();
        endSection();
    }

    private void flags() {
        startSection("Flags, most urgent first");
        startTable();
        tableHeader(new String[] {"Status", "Flag", "Owner", "Ticket", "Created", "Expires", "Days left",
            "Call sites (main / test)"});
        for (Inventory.Row r : inventory.rows()) {
            Metadata m = r.metadata();
            sink.tableRow();
            cell(r.status().label() + (r.detail().isEmpty() ? "" : " (" + r.detail() + ")"),
                    SinkEventAttributeSet.Semantics.STRONG);
            cell(r.key(), SinkEventAttributeSet.Semantics.CODE);
            cell(m == null || m.owner() == null ? "—" : m.owner());
            cell(m == null || m.ticket() == null ? "—" : m.ticket());
            cell(m == null || m.created() == null ? "—" : m.created().toString());
            cell(m == null ? "—" : m.permanent() ? "never" : m.expires() == null ? "—" : m.expires().toString());
            cell(r.daysLeftText());
            cell(r.mainSites().size() + " / " + r.testSites().size() + sites(r));
            sink.tableRow_();
        }
        endTable();
        if (inventory.rows().isEmpty()) {
            paragraph("No flags are declared or evaluated.");
        }
        if (inventory.dynamicKeys() > 0) {
            paragraph(Plural.of(inventory.dynamicKeys(), "call site") + " with a key only known at run time"
                    + " belong to no row: see the dynamic-key findings.");
        }
        endSection();
    }

    private static String sites(Inventory.Row r) {
        List<String> all = new ArrayList<>();
        for (CallSite s : r.mainSites()) {
            all.add(fileName(s.file()) + ":" + s.line());
        }
        for (CallSite s : r.testSites()) {
            all.add(fileName(s.file()) + ":" + s.line() + " (test)");
        }
        return all.isEmpty() ? "" : ": " + String.join(", ", all);
    }

    private void owners() {
        startSection("By owner");
        startTable();
        List<String> header = new ArrayList<>(List.of("Owner", "Flags"));
        for (Inventory.Status s : Inventory.Status.values()) {
            header.add(s.label());
        }
        tableHeader(header.toArray(String[]::new));
        for (Map.Entry<String, Map<Inventory.Status, Long>> e : inventory.ownerCounts().entrySet()) {
            sink.tableRow();
            cell(e.getKey());
            cell(String.valueOf(e.getValue().values().stream().mapToLong(Long::longValue).sum()));
            for (Inventory.Status s : Inventory.Status.values()) {
                long n = e.getValue().get(s);
                cell(n == 0 ? "" : String.valueOf(n));
            }
            sink.tableRow_();
        }
        endTable();
        endSection();
    }

    private void findings() {
        startSection("Findings");
        if (findings.isEmpty()) {
            paragraph("None: every flag call is declared, and no flag is expired or incomplete.");
        } else {
            startTable();
            tableHeader(new String[] {"Severity", "Rule", "Location", "Message"});
            for (Finding f : findings) {
                sink.tableRow();
                cell(f.severity().label());
                cell(f.rule().id(), SinkEventAttributeSet.Semantics.CODE);
                cell(f.file() + (f.line() > 0 ? ":" + f.line() : ""));
                cell(f.text());
                sink.tableRow_();
            }
            endTable();
        }
        endSection();
    }

    private void statuses() {
        startSection("Statuses");
        sink.definitionList();
        for (Inventory.Status s : Inventory.Status.values()) {
            sink.definedTerm();
            text(s.label());
            sink.definedTerm_();
            sink.definition();
            text(s.meaning());
            sink.definition_();
        }
        sink.definitionList_();
        endSection();
    }

    private void cell(String text) {
        sink.tableCell();
        text(text);
        sink.tableCell_();
    }

    private void cell(String text, SinkEventAttributes style) {
        sink.tableCell();
        sink.inline(style);
        text(text);
        sink.inline_();
        sink.tableCell_();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
