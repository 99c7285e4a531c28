package com.acme;

import dev.flaglint.runtime.FeatureFlags;

public class Pricing {

    private final FeatureFlags flags;
    private boolean newPricing;

    public Pricing(FeatureFlags flags) {
        this.flags = flags;
    }

    public void refresh() {
        newPricing = flags.isEnabled("new-pricing");
    }

    public int price(int cents) {
        if (flags.isEnabled("new-pricing")) {
            return cents * 9 / 10;
        }
        return cents;
    }

    public boolean variant(String name) {
        return flags.isEnabled("new-" + name);
    }

    public String describe() {
        return "pricing flag: new-pricing";
    }
}
