package com.acme.shop.web;

import com.acme.shop.flags.FlagService;

public class CheckoutController {
    private static final String EXPRESS_SHIPPING = "express-shipping";

    private final FlagService flagService;

    public CheckoutController(FlagService flagService) {
        this.flagService = flagService;
    }

    public String checkout() {
        if (flagService.isFeatureEnabled("new-checkout")) {
            return "new";
        }
        return flagService.isFeatureEnabled(EXPRESS_SHIPPING) ? "express" : "standard";
    }
}
