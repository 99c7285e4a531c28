package com.acme.shop;

import dev.flaglint.runtime.FeatureFlags;

class Checkout {
    private final FeatureFlags flags;
    private final EnvFlags envFlags;

    Checkout(FeatureFlags flags, EnvFlags envFlags) {
        this.flags = flags;
        this.envFlags = envFlags;
    }

    String page() {
        String payment = envFlags.isEnabled("payments") ? "new-payments" : "payments";
        return flags.isEnabled("new-checkout") ? "new-" + payment : payment;
    }
}
