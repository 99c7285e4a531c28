package com.acme;

import dev.flaglint.runtime.FeatureFlags;

public class Payments {
    private final FeatureFlags flags;

    Payments(FeatureFlags flags) {
        this.flags = flags;
    }

    boolean cardsAccepted() {
        return flags.isEnabled("payments-kill-switch");
    }
}
