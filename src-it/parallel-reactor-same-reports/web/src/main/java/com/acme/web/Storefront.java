package com.acme.web;

import com.acme.core.FlagNames;
import com.acme.core.Toggles;
import dev.flaglint.runtime.FeatureFlags;

public class Storefront {
    private final Toggles toggles;
    private final FeatureFlags flags;

    public Storefront(Toggles toggles, FeatureFlags flags) {
        this.toggles = toggles;
        this.flags = flags;
    }

    public String page(String campaign) {
        if (toggles.on(FlagNames.CHECKOUT)) {
            return "new";
        }
        if (flags.isEnabled("web-undeclared")) {
            return "beta";
        }
        return flags.isEnabled("campaign." + campaign) ? "campaign" : "old";
    }
}
