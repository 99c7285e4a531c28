package com.acme;

import dev.flaglint.runtime.FeatureFlags;

public class Checkout {
    private final FeatureFlags flags;

    Checkout(FeatureFlags flags) {
        this.flags = flags;
    }

    String page() {
        if (flags.isEnabled("new-checkout")) {
            return "new";
        }
        return flags.isEnabled("express-shipping") || flags.isEnabled("new-checkout") ? "express" : "old";
    }
}
