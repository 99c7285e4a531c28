package com.acme.shop.web;

import com.acme.shop.flags.LaunchDarklyFlagService;

public class SearchController {
    private final LaunchDarklyFlagService flags;

    public SearchController(LaunchDarklyFlagService flags) {
        this.flags = flags;
    }

    public String search(String query) {
        return flags.isFeatureEnabled("search-v2") ? "v2:" + query : "v1:" + query;
    }
}
