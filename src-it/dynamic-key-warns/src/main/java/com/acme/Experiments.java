package com.acme;

import dev.flaglint.runtime.FeatureFlags;

public class Experiments {
    private static final String PREFIX = "prefix-";

    private final FeatureFlags flags;

    Experiments(FeatureFlags flags) {
        this.flags = flags;
    }

    boolean on(String name) {
        return flags.isEnabled(name);
    }

    boolean variant(int id) {
        return flags.isEnabled("prefix-" + id);
    }

    boolean constant() {
        return flags.isEnabled(PREFIX + "new-checkout".substring(7)) || flags.isEnabled("new-" + "checkout");
    }
}
