package com.acme;

import dev.flaglint.runtime.FeatureFlags;

import java.util.Map;

public class Search {
    private final FeatureFlags flags;

    Search(FeatureFlags flags) {
        this.flags = flags;
    }

    boolean useV2(String userId) {
        return flags.evaluate(FlagKeys.SEARCH_V2, Map.of("user_id", userId)).enabled();
    }
}
