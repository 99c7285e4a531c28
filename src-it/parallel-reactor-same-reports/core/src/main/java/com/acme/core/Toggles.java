package com.acme.core;

import dev.flaglint.runtime.FeatureFlags;

public class Toggles {
    private final FeatureFlags flags;

    public Toggles(FeatureFlags flags) {
        this.flags = flags;
    }

    public boolean on(String key) {
        return flags.isEnabled(key);
    }
}
