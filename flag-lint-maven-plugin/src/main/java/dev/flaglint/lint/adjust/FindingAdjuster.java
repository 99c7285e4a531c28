package dev.flaglint.lint.adjust;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.RuleId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the user said about the rules' findings, applied after the rules ran, in this order:
 * {@code @SuppressWarnings("flag-lint:<rule>")} at a call site drops the finding there; a
 * {@code <severities>} override changes its severity (or drops it: {@code off}); a baseline turns
 * accepted findings into info and reports its stale entries (whose severity can be overridden too).
 * Findings in, findings out: nothing is read or written here.
 */
public final class FindingAdjuster {

    private final SeverityOverrides severities;
    private final Baseline baseline;
    private final String baselinePath;

    /** Suppressions and severity overrides, no baseline. */
    public FindingAdjuster(SeverityOverrides severities) {
        this(severities, null, null);
    }

    /**
     * @param baseline     the baseline to apply, or {@code null} for none
     * @param baselinePath its file as printed in findings (relative to the module)
     */
    public FindingAdjuster(SeverityOverrides severities, Baseline baseline, String baselinePath) {
        this.severities = severities;
        this.baseline = baseline;
        this.baselinePath = baselinePath;
    }

    public List<Finding> adjust(List<Finding> findings, List<CallSite> callSites) {
        Map<String, CallSite> sitesAt = new HashMap<>();
        for (CallSite site : callSites) {
            sitesAt.putIfAbsent(site.file() + ":" + site.line() + ":" + site.column(), site);
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            CallSite site = sitesAt.get(f.file() + ":" + f.line() + ":" + f.column());
            if (site != null && site.suppresses(f.rule())) {
                continue;
            }
            severities.apply(f).ifPresent(kept::add);
        }
        if (baseline == null) {
            return kept;
        }
        List<Finding> result = new ArrayList<>(kept.size());
        for (Finding f : baseline.apply(kept, baselinePath)) {
            if (f.rule() == RuleId.STALE_BASELINE) {
                severities.apply(f).ifPresent(result::add);
            } else {
                result.add(f);
            }
        }
        return result;
    }
}
