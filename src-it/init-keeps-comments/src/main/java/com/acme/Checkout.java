package com.acme;

import dev.flaglint.runtime.FeatureFlags;

public class Checkout {
    private final FeatureFlags flags;

    Checkout(FeatureFlags flags) {
        this.flags = flags;
    }

    String page() {
        boolean express = flags.isEnabled("express-shipping");
        boolean banner = flags.isEnabled("holiday-banner");
        return flags.isEnabled("new-checkout") && express && banner ? "new" : "old";
    }
}
