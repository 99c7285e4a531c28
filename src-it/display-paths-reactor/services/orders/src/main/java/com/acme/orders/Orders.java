package com.acme.orders;

import dev.flaglint.runtime.FeatureFlags;

public class Orders {
    private final FeatureFlags flags;

    Orders(FeatureFlags flags) {
        this.flags = flags;
    }

    String page() {
        return flags.isEnabled("new-checkout") ? "new" : "old";
    }
}
