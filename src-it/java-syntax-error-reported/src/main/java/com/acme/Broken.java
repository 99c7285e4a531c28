package com.acme;

import dev.flaglint.runtime.FeatureFlags;

public class Broken {
    boolean on(FeatureFlags flags) {
        if (flags.isEnabled("new-checkout") {
            return true;
        }
        return false;
    }
}
