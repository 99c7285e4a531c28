package com.acme.a;

import dev.flaglint.runtime.FeatureFlags;

public class Checkout {
    private final FeatureFlags flags;

    Checkout(FeatureFlags flags) {
        this.flags = flags;
    }

    String page() {
        return flags.isEnabled("new-checkout") ? "new" : "old";
    }
}
