package dev.flaglint.lint.report;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.KeyResolution;
import dev.flaglint.lint.source.ModulePaths;
import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Every flag of a module with its metadata, age, call sites and one status, most urgent first: the
 * data behind the Markdown and HTML inventory reports.
 *
 * @param module      the module
 * @param flagsFile   the flags file as printed (relative to the module), or {@code null}
 * @param today       the day ages and days left are counted from
 * @param rows        one per declared flag and per undeclared key, most urgent first
 * @param dynamicKeys call sites whose key is only known at run time (not attributable to a flag)
 */
public record Inventory(String module, String flagsFile, LocalDate today, List<Row> rows, int dynamicKeys) {

    /** A flag's status, in order of urgency. */
    public enum Status {
        EXPIRED("expired", "past its expiry date; the check fails. Remove the flag and the code it guards,"
                + " or move 'expires'."),
        UNDECLARED("undeclared", "evaluated in code but not in the flags file; the check fails. Declare it"
                + " (mvn flag-lint:init adds stubs) or fix the key."),
        EXPIRING_SOON("expiring soon", "expires within warnDays; plan its removal."),
        READY_TO_REMOVE("ready to remove", "gives everybody the same answer in every environment (enabled: false,"
                + " or no rules and rollout 100, 0 or none); replace the check by that answer and delete the flag."
                + " Never said of permanent flags."),
        UNUSED("unused", "declared but evaluated by no scanned module; delete it from the flags file."),
        OK("ok", "nothing to do yet.");

        private final String label;
        private final String meaning;

        Status(String label, String meaning) {
            this.label = label;
            this.meaning = meaning;
        }

        public String label() {
            return label;
        }

        /** What the status means and what to do, as the reports explain it. */
        public String meaning() {
            return meaning;
        }
    }

    /**
     * @param key       the flag key
     * @param flag      its declaration, or {@code null} when undeclared
     * @param status    the most urgent thing about it
     * @param detail    more on the status (e.g. {@code always on}), or empty
     * @param ageDays   days since {@code created}, or {@code null}
     * @param daysLeft  days until {@code expires} (negative: expired that many days ago), or {@code null}
     * @param mainSites call sites in main sources
     * @param testSites call sites in test sources
     */
    public record Row(String key, Flag flag, Status status, String detail, Long ageDays, Long daysLeft,
                      List<CallSite> mainSites, List<CallSite> testSites) {

        public Metadata metadata() {
            return flag == null ? null : flag.metadata();
        }

        /** The days left as the reports print them: {@code 9 days}, {@code expired 30 days ago}, {@code permanent}. */
        public String daysLeftText() {
            if (metadata() != null && metadata().permanent()) {
                return "permanent";
            }
            if (daysLeft == null) {
                return "—";
            }
            long d = daysLeft;
            if (d < 0) {
                return "expired " + -d + (d == -1 ? " day ago" : " days ago");
            }
            return d == 0 ? "expires today" : d + (d == 1 ? " day" : " days");
        }
    }

    /** The inventory of a check's result: the flags file it read and this module's call sites. */
    public static Inventory of(LintRequest request, LintResult result) {
        FlagsFile flags = result.flagsFile();
        LocalDate today = request.today();
        Map<String, List<CallSite>> sitesByKey = new LinkedHashMap<>();
        int dynamic = 0;
        for (CallSite site : result.callSites()) {
            if (site.key() == null) {
                // A stub of every key or a wrapper's glob is no dynamic-key warning: the note is about those.
                dynamic += site.resolution() == KeyResolution.DYNAMIC ? 1 : 0;
            } else {
                sitesByKey.computeIfAbsent(site.key(), k -> new ArrayList<>()).add(site);
            }
        }
        boolean readable = flags != null && flags.isReadable();
        List<Row> rows = new ArrayList<>();
        if (readable) {
            for (Flag flag : flags.flags().values()) {
                List<CallSite> sites = sitesByKey.getOrDefault(flag.key(), List.of());
                rows.add(row(flag, sites, result.usedFlags().contains(flag.key()) || !sites.isEmpty(), today,
                        request.warnDays()));
            }
        }
        for (Map.Entry<String, List<CallSite>> e : sitesByKey.entrySet()) {
            if (!readable || !flags.flags().containsKey(e.getKey())) {
                rows.add(new Row(e.getKey(), null, Status.UNDECLARED, "", null, null, main(e.getValue()),
                        test(e.getValue())));
            }
        }
        rows.sort(Comparator.comparing(Row::status)
                .thenComparing(Row::daysLeft, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::key));
        String flagsPath = request.flagsFile() == null ? null
                : ModulePaths.relative(request.moduleDir(), request.flagsFile());
        return new Inventory(request.module(), flagsPath, today, List.copyOf(rows), dynamic);
    }

    private static Row row(Flag flag, List<CallSite> sites, boolean used, LocalDate today, int warnDays) {
        Metadata m = flag.metadata();
        Long age = boxed(m.ageOn(today));
        Long left = boxed(m.daysLeft(today));
        Status status;
        String detail = "";
        Optional<String> settled = flag.settledVariant();
        if (m.isExpiredOn(today)) {
            status = Status.EXPIRED;
        } else if (!used) {
            status = Status.UNUSED;
        } else if (left != null && left <= warnDays) {
            status = Status.EXPIRING_SOON;
        } else if (settled.isPresent()) {
            status = Status.READY_TO_REMOVE;
            detail = "always " + settled.get(); // on, off, or the variant of a typed flag
        } else {
            status = Status.OK;
        }
        return new Row(flag.key(), flag, status, detail, age, left, main(sites), test(sites));
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    /** Counts per status. */
    public Map<Status, Long> statusCounts() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return counts;
    }

    /**
     * Counts per owner and status, owners with the most urgent work first (then by name); undeclared
     * keys count under {@code (undeclared)}.
     */
    public Map<String, Map<Status, Long>> ownerCounts() {
        Map<String, Map<Status, Long>> byOwner = new TreeMap<>();
        for (Row r : rows) {
            String owner = r.flag() == null ? "(undeclared)"
                    : r.metadata().owner() == null ? "(no owner)" : r.metadata().owner();
            byOwner.computeIfAbsent(owner, o -> {
                Map<Status, Long> m = new EnumMap<>(Status.class);
                for (Status s : Status.values()) {
                    m.put(s, 0L);
                }
                return m;
            }).merge(r.status(), 1L, Long::sum);
        }
        List<Map.Entry<String, Map<Status, Long>>> entries = new ArrayList<>(byOwner.entrySet());
        entries.sort(Comparator.<Map.Entry<String, Map<Status, Long>>>comparingLong(e -> -urgent(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        Map<String, Map<Status, Long>> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private static long urgent(Map<Status, Long> counts) {
        return counts.get(Status.EXPIRED) * 1_000_000 + counts.get(Status.UNDECLARED) * 10_000
                + counts.get(Status.EXPIRING_SOON) * 100 + counts.get(Status.READY_TO_REMOVE)
                + counts.get(Status.UNUSED);
    }

    private static List<CallSite> main(List<CallSite> sites) {
        return sites.stream().filter(s -> !s.test()).toList();
    }

    private static List<CallSite> test(List<CallSite> sites) {
        return sites.stream().filter(CallSite::test).toList();
    }
}
