package com.acme.b;

import dev.flaglint.runtime.FeatureFlags;

public class Search {
    private final FeatureFlags flags;

    Search(FeatureFlags flags) {
        this.flags = flags;
    }

    String engine() {
        return flags.isEnabled("search-v2") ? "v2" : "v1";
    }
}
