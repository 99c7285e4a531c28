package com.acme.web;

import com.acme.FeatureToggles;
import dev.flaglint.runtime.FeatureFlags;

public class Page {
    private final FeatureToggles toggles;
    private final FeatureFlags flags;

    public Page(FeatureToggles toggles, FeatureFlags flags) {
        this.toggles = toggles;
        this.flags = flags;
    }

    public String render() {
        if (toggles.isOn("x")) {
            return "x";
        }
        if (toggles.isOff("y")) {
            return "not y";
        }
        if (toggles.isEnabled("not-a-configured-method")) {
            return "z";
        }
        return flags.isEnabled("new-checkout") ? "new" : "old";
    }
}
