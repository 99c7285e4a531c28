package com.acme;

import dev.flaglint.runtime.FeatureFlags;

public class Legacy {
    private final FeatureFlags flags;

    Legacy(FeatureFlags flags) {
        this.flags = flags;
    }

    String promo() {
        return flags.isEnabled("legacy-promo") ? "promo" : "";
    }
}
