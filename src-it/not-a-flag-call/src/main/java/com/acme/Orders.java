package com.acme;

import com.acme.legacy.FeatureFlags;

public class Orders {
    boolean fastPath(FeatureFlags flags) {
        return flags.isEnabled("fast-path") || flags.evaluate("orders-v2");
    }

    boolean qualified(com.acme.legacy.FeatureFlags other) {
        return other.isEnabled("qualified");
    }
}
