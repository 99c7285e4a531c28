package com.acme;

import dev.flaglint.runtime.FeatureFlags;

public class Experiments {
    private final FeatureFlags flags;

    Experiments(FeatureFlags flags) {
        this.flags = flags;
    }

    @SuppressWarnings("flag-lint")
    boolean isOn(String experiment) {
        return flags.isEnabled(experiment);
    }

    @SuppressWarnings("flag-lint:expired")
    boolean soon() {
        return flags.isEnabled("soon-flag");
    }
}
