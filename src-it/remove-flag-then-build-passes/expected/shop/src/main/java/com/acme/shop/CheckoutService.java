package com.acme.shop;

import com.acme.keys.FlagKeys;
import dev.flaglint.runtime.Flags;

/** Prices a cart. */
public class CheckoutService {

    private static final int EXPRESS_FEE = 900;

    private final Flags flags;

    public CheckoutService(Flags flags) {
        this.flags = flags;
    }

    /** The total in cents. */
    public int total(Cart cart, boolean express) {
        int total;
        // one page: the discount applies once, to the whole cart
        total = discounted(cart.cents());
        if (express && flags.isEnabled(FlagKeys.EXPRESS_SHIPPING)) {
            total += EXPRESS_FEE;
        }
        return total;
    }

    /** What the page is called. */
    public String title() {
        return "Checkout";
    }

    private int discounted(int cents) {
        return cents - cents / 10;
    }
}
