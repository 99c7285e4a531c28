package com.acme;

import dev.flaglint.runtime.FeatureFlags;

public class Shop {
    private final FeatureFlags flags;

    Shop(FeatureFlags flags) {
        this.flags = flags;
    }

    void render() {
        boolean sale = flags.isEnabled("summer-sale");
        boolean checkout = flags.isEnabled("new-checkout");
        boolean search = flags.isEnabled("search-v2");
        boolean dark = flags.isEnabled("dark-mode");
    }
}
