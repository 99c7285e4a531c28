package dev.flaglint.lint.check;

import dev.flaglint.lint.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each rule means, for SARIF's rule descriptors and anyone else who lists them: every rule of
 * {@link Rules#all()}, plus {@value #STALE_BASELINE}, which the baseline reports.
 */
public final class RuleDocs {

    /** Reported for a baseline entry that no longer matches any finding. */
    public static final String STALE_BASELINE = "stale-baseline";

    /**
     * @param id               the rule id users see and configure
     * @param name             a PascalCase name (SARIF {@code name})
     * @param defaultSeverity  before any {@code <severities>} override
     * @param shortDescription one sentence
     * @param fullDescription  what it checks
     * @param help             what to do about a finding
     */
    public record RuleDoc(String id, String name, Severity defaultSeverity, String shortDescription,
                          String fullDescription, String help) {
    }

    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            Map.entry("invalid-metadata", new String[] {"InvalidFlagsFile",
                    "The flags file is not valid YAML/JSON, or a field has a wrong value.",
                    "The flags file must parse and every field must have a valid value (dates, keys, rollout"
                            + " percentages, operators, rules that say what everyone else gets). Unknown fields"
                            + " are warnings.",
                    "Fix the field at the reported line and column; the message says what is expected."}),
            Map.entry("missing-metadata", new String[] {"MissingFlagMetadata",
                    "A flag lacks owner, created, ticket, or expires.",
                    "Every flag must carry an owner, a creation date, a ticket and an expiry date (unless it"
                            + " is 'permanent: true') so that somebody owns it and it gets removed.",
                    "Add the missing field to the flag's entry in the flags file."}),
            Map.entry("expired", new String[] {"ExpiredFlag",
                    "A flag is past its expiry date.",
                    "A flag whose 'expires' date is before today is reported at each call site, or at its"
                            + " declaration when nothing evaluates it any more.",
                    "Remove the flag check and the branch it guards, then the flag from the flags file; or"
                            + " move 'expires' if the flag must stay longer."}),
            Map.entry("undeclared", new String[] {"UndeclaredFlag",
                    "Code evaluates a flag key that the flags file does not declare.",
                    "Every key the code evaluates must be declared, with its metadata, in the flags file. A"
                            + " near miss of a declared key is named ('did you mean').",
                    "Fix the key if it is a typo; otherwise declare the flag (mvn flag-lint:init adds stubs)."}),
            Map.entry("expiring-soon", new String[] {"ExpiringSoonFlag",
                    "A flag expires within warnDays.",
                    "A call of a flag that expires within warnDays (default 14) days: the build will fail"
                            + " once it has expired.",
                    "Plan the flag's removal, or move 'expires' if it must stay longer."}),
            Map.entry("unused", new String[] {"UnusedFlag",
                    "A declared flag is never evaluated.",
                    "A flag declared in the flags file that no scanned module evaluates, by name or through a"
                            + " dynamic key pattern.",
                    "Delete the flag from the flags file if it is no longer needed."}),
            Map.entry("dynamic-key", new String[] {"DynamicFlagKey",
                    "A flag key is only known at run time.",
                    "The key passed to a flag API is a variable or a method result, so the build cannot"
                            + " check it against the flags file.",
                    "Use a string literal or a static final String constant as the key."}),
            Map.entry("parse-error", new String[] {"JavaParseError",
                    "A Java file that may hold a flag call does not parse.",
                    "The file is skipped and the rest is still checked; its flag calls were not checked.",
                    "Fix the syntax error (the compiler says more)."}),
            Map.entry("policy-lifetime", new String[] {"FlagLifetimePolicy",
                    "A flag is planned to live longer than maxLifetimeDays.",
                    "With maxLifetimeDays set, a non-permanent flag's 'expires' may be at most that many days"
                            + " after its 'created'.",
                    "Bring 'expires' forward, or mark an operational toggle 'permanent: true'."}),
            Map.entry("policy-ticket", new String[] {"FlagTicketPolicy",
                    "A flag's ticket does not match ticketPattern.",
                    "With ticketPattern set, every flag's ticket must match the regular expression entirely.",
                    "Put the id of the issue that tracks the flag's removal, in the tracker's format."}),
            Map.entry("policy-owner", new String[] {"FlagOwnerPolicy",
                    "A flag's owner is not in allowedOwners.",
                    "With allowedOwners set, every flag's owner must be one of the listed teams.",
                    "Use one of the allowed owners, or add the team to allowedOwners."}),
            Map.entry(STALE_BASELINE, new String[] {"StaleBaselineEntry",
                    "A baseline entry no longer matches any finding.",
                    "The problem recorded in flag-lint-baseline.json is gone. Keeping the entry would silently"
                            + " accept the problem if it came back.",
                    "Run mvn flag-lint:baseline to rewrite the baseline without it, and commit the file."}));

    private RuleDocs() {
    }

    /** Every rule, in {@link Rules#all()} order, then {@value #STALE_BASELINE}. */
    public static List<RuleDoc> all() {
        List<RuleDoc> docs = new ArrayList<>();
        for (LintRule rule : Rules.all()) {
            docs.add(doc(rule.id(), rule.defaultSeverity()));
        }
        docs.add(doc(STALE_BASELINE, Severity.WARNING));
        return docs;
    }

    /** Every rule id, in {@link #all()} order. */
    public static List<String> ids() {
        return all().stream().map(RuleDoc::id).toList();
    }

    private static RuleDoc doc(String id, Severity severity) {
        String[] t = TEXTS.get(id);
        if (t == null) {
            throw new IllegalStateException("rule " + id + " has no description in RuleDocs");
        }
        return new RuleDoc(id, t[0], severity, t[1], t[2], t[3]);
    }
}
