package com.acme;

import dev.flaglint.runtime.FeatureFlags;

class NewBannerTest {

    boolean banner() {
        FeatureFlags flags = FeatureFlags.fromClasspath();
        return flags.isEnabled("new-banner");
    }
}
