package com.acme.keys;

/** The keys of the shop's flags, in one place. */
public final class FlagKeys {

    /** One checkout page instead of three (PAY-1234). */
    public static final String NEW_CHECKOUT = "new-checkout";

    /** Express shipping for a fee (GROW-77). */
    public static final String EXPRESS_SHIPPING = "express-shipping";

    private FlagKeys() {
    }
}
