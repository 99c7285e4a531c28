package dev.flaglint.lint.check;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A rule about call sites: each of this module's call sites gets at most one finding, at the call. */
public abstract class CallSiteRule implements LintRule {

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (CallSite site : context.callSites()) {
            message(site, context).ifPresent(m -> findings.add(atCallSite(site, m)));
        }
        return findings;
    }

    /** What is wrong at {@code site}, or empty. */
    protected abstract Optional<String> message(CallSite site, CheckContext context);
}
