package dev.flaglint.lint;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.lint.model.WrapperCandidate;
import dev.flaglint.model.FlagsFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the check found.
 *
 * @param callSites    this module's call sites, in file and line order
 * @param wrappers     methods detected as wrappers of a flag API (anywhere in the scanned reactor)
 * @param findings     every finding, in file and line order
 * @param filesScanned Java files of this module that were scanned
 * @param filesParsed  Java files parsed in the whole scan (0 when answered from the index)
 * @param filesRead    Java files whose bytes the whole scan read (0 when answered from the index)
 * @param fromIndex    whether the scan was answered from the index, unchanged
 * @param millis       wall time of the check
 * @param usedFlags    declared flags that some scanned module evaluates (by key or key pattern)
 * @param flagsFile    the flags file as read for this check, or {@code null} when there is none
 * @param baseline     the baseline file applied to the findings, or {@code null} when none was
 */
public record LintResult(List<CallSite> callSites, List<WrapperCandidate> wrappers, List<Finding> findings,
                         int filesScanned, int filesParsed, int filesRead, boolean fromIndex, long millis, Set<String> usedFlags,
                         FlagsFile flagsFile, Path baseline) {

    public LintResult {
        callSites = List.copyOf(callSites);
        wrappers = List.copyOf(wrappers);
        findings = List.copyOf(findings);
        usedFlags = usedFlags == null ? Set.of() : Set.copyOf(usedFlags);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** How many distinct flags the call sites name. */
    public long flagCount() {
        return callSites.stream().map(CallSite::key).filter(Objects::nonNull).distinct().count();
    }
}
