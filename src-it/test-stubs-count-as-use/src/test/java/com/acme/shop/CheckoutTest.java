package com.acme.shop;

import dev.flaglint.runtime.FeatureFlags;
import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CheckoutTest {

    @Test
    void newCheckout() {
        var flags = mock(FeatureFlags.class);
        when(flags.isEnabled(anyString())).thenReturn(false);
        when(flags.isEnabled(eq("new-checkout"))).thenReturn(true);
        when(flags.isEnabled(eq(Flags.DARK_MODE), any())).thenReturn(true);

        new Checkout(flags, new EnvFlags(flags, "staging")).page();

        verify(flags).isEnabled("new-chekout");
    }
}
