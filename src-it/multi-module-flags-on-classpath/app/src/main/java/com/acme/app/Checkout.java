package com.acme.app;

import dev.flaglint.runtime.FlagContext;
import dev.flaglint.runtime.Flags;

public class Checkout {
    private final Flags flags;

    public Checkout(Flags flags) {
        this.flags = flags;
    }

    public String page(FlagContext user) {
        return flags.isEnabled("new-checkout", user) ? "new" : "old";
    }

    public String button(FlagContext user) {
        return flags.stringValue("checkout-button", user, "blue");
    }
}
