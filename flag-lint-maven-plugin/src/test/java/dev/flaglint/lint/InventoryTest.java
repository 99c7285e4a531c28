package dev.flaglint.lint;

import dev.flaglint.lint.report.ConsolePaths;
import dev.flaglint.lint.report.Inventory;
import dev.flaglint.lint.report.InventoryReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The flag inventory: one status per flag, most urgent first, counts per owner, Markdown and HTML. */
class InventoryTest {

    @TempDir
    Path dir;

    static final String FLAGS = """
            flags:
              ok-flag:
                description: Search ranking v2
                owner: search-team
                created: 2026-03-01
                expires: 2026-12-01
                ticket: SRCH-9
                rollout: 25
              old-flag:
                owner: payments-team
                created: 2026-01-15
                expires: 2026-04-01
                ticket: PAY-1234
              soon-flag:
                owner: growth
                created: 2026-03-01
                expires: 2026-05-10
                ticket: GROW-2
                rollout: 50
              done-on:
                owner: payments-team
                created: 2026-02-01
                expires: 2026-10-01
                ticket: PAY-9
                rollout: 100
                environments:
                  staging: { rollout: 100 }
              done-off:
                owner: growth
                created: 2026-02-01
                expires: 2026-10-01
                ticket: GROW-3
                enabled: false
              split-by-env:
                owner: growth
                created: 2026-02-01
                expires: 2026-10-01
                ticket: GROW-4
                enabled: true
                environments:
                  production: { enabled: false }
              kill-switch:
                owner: sre
                created: 2025-06-01
                ticket: OPS-17
                permanent: true
              forgotten:
                owner: growth
                created: 2026-02-01
                expires: 2027-01-01
                ticket: GROW-1
            """;

    static final String JAVA = """
            package com.acme;

            import dev.flaglint.runtime.FeatureFlags;

            class App {
                void run(FeatureFlags flags) {
                    flags.isEnabled("ok-flag");
                    flags.isEnabled("old-flag");
                    flags.isEnabled("soon-flag");
                    flags.isEnabled("done-on");
                    flags.isEnabled("done-off");
                    flags.isEnabled("split-by-env");
                    flags.isEnabled("kill-switch");
                    flags.isEnabled("never-declared");
                }
            }
            """;

    static final String TEST = """
            package com.acme;

            import dev.flaglint.runtime.FeatureFlags;

            class AppTest {
                void on(FeatureFlags flags) {
                    flags.isEnabled("ok-flag");
                }
            }
            """;

    private LintRequest request;
    private LintResult result;
    private Inventory inventory;

    private Inventory inventory() {
        Path module = Projects.write(dir, Map.of("flags.yaml", FLAGS, "src/main/java/com/acme/App.java", JAVA,
                "src/test/java/com/acme/AppTest.java", TEST));
        request = Projects.request(module);
        result = new FlagLinter().lint(request);
        inventory = Inventory.of(request, result);
        return inventory;
    }

    @Test
    void eachFlagGetsOneStatusMostUrgentFirst() {
        assertThat(inventory().rows()).extracting(r -> r.key() + ": " + r.status().label()
                        + (r.detail().isEmpty() ? "" : " (" + r.detail() + ")"))
                .containsExactly(
                        "old-flag: expired",
                        "never-declared: undeclared",
                        "soon-flag: expiring soon",
                        "done-off: ready to remove (always off)",
                        "done-on: ready to remove (always on)",
                        "forgotten: unused",
                        "split-by-env: ok",
                        "ok-flag: ok",
                        "kill-switch: ok");
    }

    @Test
    void agesDaysLeftAndCallSitesSplitIntoMainAndTest() {
        Inventory.Row ok = inventory().rows().stream().filter(r -> r.key().equals("ok-flag")).findFirst().orElseThrow();
        Inventory.Row old = inventory.rows().get(0);

        assertThat(ok.ageDays()).isEqualTo(61);
        assertThat(ok.daysLeft()).isEqualTo(214);
        assertThat(ok.mainSites()).hasSize(1);
        assertThat(ok.testSites()).hasSize(1);
        assertThat(old.daysLeft()).isEqualTo(-30);
    }

    @Test
    void countsPerOwnerWithTheMostUrgentWorkFirst() {
        Map<String, Map<Inventory.Status, Long>> owners = inventory().ownerCounts();

        assertThat(owners.keySet()).containsExactly("payments-team", "(undeclared)", "growth", "search-team", "sre");
        assertThat(owners.get("growth")).containsEntry(Inventory.Status.EXPIRING_SOON, 1L)
                .containsEntry(Inventory.Status.READY_TO_REMOVE, 1L).containsEntry(Inventory.Status.UNUSED, 1L)
                .containsEntry(Inventory.Status.OK, 1L);
    }

    @Test
    void markdownListsEveryFlagWithLinksToItsCallSites() throws IOException {
        inventory();
        RecordingConsole console = new RecordingConsole();
        new InventoryReport(dir.resolve("target/flag-lint"), console, ConsolePaths.fromModule()).write(request, result);
        String md = Files.readString(dir.resolve("target/flag-lint/flag-inventory.md"));

        assertThat(console.lines()).containsExactly("INFO flag-lint: inventory of 9 flags: 1 expired, 1 undeclared,"
                + " 1 expiring soon, 2 ready to remove, 1 unused, 3 ok (target/flag-lint/flag-inventory.md,"
                + " target/flag-lint/flag-inventory.html)");
        assertThat(md).startsWith("# Feature flags: app\n\nAs of 2026-05-01 · flags file `flags.yaml` · 9 flags · 9 call"
                + " sites\n\n**1 expired** · **1 undeclared** · **1 expiring soon** · 2 ready to remove · 1 unused · 3 ok\n");
        assertThat(md).contains("| **expired** | `old-flag` | payments-team | PAY-1234 | 2026-01-15 | 2026-04-01 | 106"
                + " | expired 30 days ago | no | 1 / 0: [App.java:8](../../src/main/java/com/acme/App.java#L8) |");
        assertThat(md).contains("| **ok** | `ok-flag` | search-team | SRCH-9 | 2026-03-01 | 2026-12-01 | 61 | 214 days"
                + " | no | 1 / 1: [App.java:7](../../src/main/java/com/acme/App.java#L7),"
                + " [AppTest.java:7](../../src/test/java/com/acme/AppTest.java#L7) (test) |");
        assertThat(md).contains("| **ok** | `kill-switch` | sre | OPS-17 | 2025-06-01 | never | 334 | permanent | yes |");
        assertThat(md).contains("| **undeclared** | `never-declared` | — | — | — | — | — | — | no | 1 / 0:");
        assertThat(md).contains("| payments-team | 2 | 1 |  |  | 1 |  |  |");
    }

    @Test
    void htmlIsOneSelfContainedPage() throws IOException {
        inventory();
        String html = Files.readString(new InventoryReport(dir.resolve("target/flag-lint"), new RecordingConsole(), ConsolePaths.fromModule())
                .write(request, inventory).get(1));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>")
                .contains("<code>old-flag</code>", "expired 30 days ago", "ready to remove", "always off",
                        "href=\"../../src/main/java/com/acme/App.java#L8\"")
                .doesNotContain("<script", "<link", "src=\"", "url(", "@import");
    }
}
