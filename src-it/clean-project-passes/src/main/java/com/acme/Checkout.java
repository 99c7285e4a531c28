package com.acme;

import dev.flaglint.runtime.FeatureFlags;

public class Checkout {
    private static final String DARK_MODE = "dark-mode";

    private final FeatureFlags flags;

    Checkout(FeatureFlags flags) {
        this.flags = flags;
    }

    String page() {
        return flags.isEnabled("new-checkout") ? "new" : "old";
    }

    String theme() {
        return flags.isEnabled(DARK_MODE) ? "dark" : "light";
    }
}
