package com.acme.app;

import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.FlagContext;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckoutTest {

    @Test
    void theAppReadsTheFlagsFileTheBuildChecked() {
        FeatureFlags flags = FeatureFlags.fromClasspath();
        assertEquals("classpath:flags.yaml", flags.source());
        assertEquals(Set.of(), Set.copyOf(flags.problems()));
        assertEquals(Set.of("new-checkout", "checkout-button"), flags.keys());

        Checkout checkout = new Checkout(flags);
        FlagContext enterprise = FlagContext.targeting("user-1").with("plan", "enterprise");
        assertEquals("new", checkout.page(enterprise));
        assertEquals("green", checkout.button(enterprise));
        assertEquals("blue", checkout.button(FlagContext.targeting("user-2")));
        System.out.println("CheckoutTest saw " + flags);
    }
}
