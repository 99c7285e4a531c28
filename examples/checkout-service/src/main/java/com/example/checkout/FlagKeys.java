package com.example.checkout;

/** Flag keys used in more than one place live here, so a typo is a compile error. */
public final class FlagKeys {
    public static final String NEW_CHECKOUT = "new-checkout";
    public static final String PAYMENTS_KILL_SWITCH = "payments-kill-switch";

    private FlagKeys() {
    }
}
