package com.acme;

import dev.flaglint.runtime.FeatureFlags;

/** Scheduled for deletion with the old checkout; its flag checks are known to be stale. */
@SuppressWarnings("flag-lint:expired")
public class LegacyCheckout {
    private final FeatureFlags flags;

    LegacyCheckout(FeatureFlags flags) {
        this.flags = flags;
    }

    String page() {
        return flags.isEnabled("old-flag") ? "old" : "older";
    }
}
