package com.acme.a;

import dev.flaglint.runtime.FeatureFlags;

public class Checkout {
    private final FeatureFlags flags;

    public Checkout(FeatureFlags flags) {
        this.flags = flags;
    }

    public String page() {
        return flags.isEnabled("new-checkout") ? "new" : "old";
    }
}
