package com.acme.web;

import static com.acme.FlagKeys.BETA_BANNER;

import dev.flaglint.runtime.FeatureFlags;

public class Banner {
    private final FeatureFlags flags;

    public Banner(FeatureFlags flags) {
        this.flags = flags;
    }

    public boolean show() {
        return flags.isEnabled(BETA_BANNER);
    }
}
