package com.acme;

import dev.flaglint.runtime.FeatureFlags;

public class Theme {

    private static final String DARK_MODE = "dark-mode";

    private final FeatureFlags flags;

    public Theme(FeatureFlags flags) {
        this.flags = flags;
    }

    public String background() {
        if (flags.isEnabled(DARK_MODE)) {
            return darkBackground();
        }
        return "#ffffff";
    }

    public boolean newSearch() {
        return flags.isEnabled("search-v2");
    }

    private String darkBackground() {
        return "#121212";
    }
}
