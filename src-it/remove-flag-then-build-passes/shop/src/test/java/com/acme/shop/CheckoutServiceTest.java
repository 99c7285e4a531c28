package com.acme.shop;

import com.acme.keys.FlagKeys;
import dev.flaglint.runtime.Flags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class CheckoutServiceTest {

    @Mock
    Flags flags;

    @Test
    void onePageCheckoutDiscountsTheWholeCart() {
        when(flags.isEnabled(FlagKeys.NEW_CHECKOUT)).thenReturn(true);
        assertEquals(2701, new CheckoutService(flags).total(new Cart(3, 3001), false));
    }

    @Test
    void classicCheckoutRoundsEachItemFirst() {
        when(flags.isEnabled(FlagKeys.NEW_CHECKOUT)).thenReturn(false);
        assertEquals(2700, new CheckoutService(flags).total(new Cart(3, 3001), false));
    }

    @Test
    void expressShippingCostsExtra() {
        when(flags.isEnabled("new-checkout")).thenReturn(true);
        when(flags.isEnabled(FlagKeys.EXPRESS_SHIPPING)).thenReturn(true);
        assertEquals(3600, new CheckoutService(flags).total(new Cart(3, 3000), true));
    }

    @Test
    void theTitleSaysWhichCheckoutItIs() {
        when(flags.isEnabled(eq("new-checkout"))).thenReturn(true);
        assertEquals("Checkout", new CheckoutService(flags).title());
        verify(flags).isEnabled("new-checkout");
    }
}
