package com.acme.b;

import dev.flaglint.runtime.FeatureFlags;

public class Search {
    private final FeatureFlags flags;

    public Search(FeatureFlags flags) {
        this.flags = flags;
    }

    public boolean useV2() {
        return flags.isEnabled("search-v2");
    }
}
