package dev.flaglint.lint;

import dev.flaglint.lint.baseline.Baseline;
import dev.flaglint.lint.check.SeverityOverrides;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the user said about the rules' findings, applied after the rules ran, in this order:
 * {@code @SuppressWarnings("flag-lint:<rule>")} at a call site drops the finding there; a
 * {@code <severities>} override changes its severity (or drops it: {@code off}); a baseline turns
 * accepted findings into info and reports its stale entries.
 */
final class FindingAdjuster {

    private final LintRequest request;

    FindingAdjuster(LintRequest request) {
        this.request = request;
    }

    List<Finding> adjust(List<Finding> findings, List<CallSite> callSites) {
        Map<String, CallSite> sitesAt = new HashMap<>();
        for (CallSite site : callSites) {
            sitesAt.putIfAbsent(site.file() + ":" + site.line() + ":" + site.column(), site);
        }
        SeverityOverrides severities = request.options().severities();
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            CallSite site = sitesAt.get(f.file() + ":" + f.line() + ":" + f.column());
            if (site != null && site.suppresses(f.rule())) {
                continue;
            }
            severities.apply(f).ifPresent(kept::add);
        }
        Optional<Path> baselineFile = Optional.ofNullable(request.options().baselineFile()).filter(Files::isRegularFile);
        if (baselineFile.isEmpty()) {
            return kept;
        }
        List<Finding> baselined = Baseline.read(baselineFile.get())
                .apply(kept, FlagLinter.relative(request.moduleDir(), baselineFile.get()));
        List<Finding> result = new ArrayList<>(baselined.size());
        for (Finding f : baselined) {
            if (f.rule().equals(dev.flaglint.lint.check.RuleDocs.STALE_BASELINE)) {
                severities.apply(f).ifPresent(result::add);
            } else {
                result.add(f);
            }
        }
        return result;
    }
}
