package com.acme.keys;

/** The keys of the shop's flags, in one place. */
public final class FlagKeys {

    /** Express shipping for a fee (GROW-77). */
    public static final String EXPRESS_SHIPPING = "express-shipping";

    private FlagKeys() {
    }
}
