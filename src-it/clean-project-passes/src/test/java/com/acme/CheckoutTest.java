package com.acme;

import dev.flaglint.runtime.FeatureFlags;

class CheckoutTest {
    void newCheckoutIsOnInTests(FeatureFlags flags) {
        assert flags.isEnabled("new-checkout");
    }
}
