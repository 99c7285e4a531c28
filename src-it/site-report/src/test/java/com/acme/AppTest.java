package com.acme;

import dev.flaglint.runtime.FeatureFlags;

class AppTest {
    void on(FeatureFlags flags) {
        flags.isEnabled("ok-flag");
    }
}
