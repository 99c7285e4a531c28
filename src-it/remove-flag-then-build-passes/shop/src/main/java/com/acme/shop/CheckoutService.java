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
        if (flags.isEnabled(FlagKeys.NEW_CHECKOUT)) {
            // one page: the discount applies once, to the whole cart
            total = discounted(cart.cents());
        } else {
            total = legacyTotal(cart);
        }
        if (express && flags.isEnabled(FlagKeys.EXPRESS_SHIPPING)) {
            total += EXPRESS_FEE;
        }
        return total;
    }

    /** What the page is called. */
    public String title() {
        return flags.isEnabled("new-checkout") ? "Checkout" : "Basket (step 1 of 3)";
    }

    private int discounted(int cents) {
        return cents - cents / 10;
    }

    /** Three pages: each item is rounded down to whole coins before the discount. */
    private int legacyTotal(Cart cart) {
        int perItem = cart.cents() / cart.items() / 100 * 100;
        return discounted(perItem * cart.items());
    }
}
