package com.acme;

import dev.flaglint.runtime.FeatureFlags;

public class Checkout {
    private final FeatureFlags flags;

    Checkout(FeatureFlags flags) {
        this.flags = flags;
    }

    String page() {
        return flags.isEnabled("new-checkout") ? "new" : "old";
    }

    String summary() {
        return flags.isEnabled("new-chekout") ? "new" : "old";
    }

    boolean freeShipping() {
        return flags.isEnabled("free-shipping");
    }
}
