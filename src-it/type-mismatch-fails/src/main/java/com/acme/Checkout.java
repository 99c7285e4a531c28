package com.acme;

import dev.flaglint.runtime.FlagContext;
import dev.flaglint.runtime.Flags;

public class Checkout {
    private final Flags flags;

    Checkout(Flags flags) {
        this.flags = flags;
    }

    String button(FlagContext user) {
        return flags.stringValue("checkout-button", user, "blue");
    }

    boolean greenButton(FlagContext user) {
        return flags.isEnabled("checkout-button", user);
    }

    String page(FlagContext user) {
        return flags.stringValue("new-checkout", user, "old");
    }

    int columns(FlagContext user) {
        return flags.value("checkout-button", user, Integer.class, 2);
    }

    String experimentArm(FlagContext user) {
        return flags.variant("checkout-button", user) + flags.evaluate("new-checkout", user).variant();
    }

    boolean newCheckout(FlagContext user) {
        return flags.isEnabled("new-checkout", user);
    }
}
