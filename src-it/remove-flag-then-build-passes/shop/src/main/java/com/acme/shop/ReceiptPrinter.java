package com.acme.shop;

import com.acme.keys.Feature;

/** The receipt at the end of the checkout. */
public class ReceiptPrinter {

    private final FlagService flagService;
    private final Toggles toggles;

    public ReceiptPrinter(FlagService flagService, Toggles toggles) {
        this.flagService = flagService;
        this.toggles = toggles;
    }

    public String print(Cart cart, int total) {
        StringBuilder receipt = new StringBuilder();
        boolean onePage = flagService.enabled("new-checkout");
        if (onePage) {
            receipt.append("Order summary\n");
        } else {
            receipt.append("Step 3 of 3: receipt\n");
        }
        receipt.append(cart.items()).append(" items: ").append(total).append(" cents\n");
        if (flagService.enabled("express-shipping")) {
            receipt.append("Express delivery\n");
        }
        if (!toggles.isOn(Feature.NEW_CHECKOUT)) {
            receipt.append("Thank you for shopping the classic way\n");
        }
        return receipt.toString();
    }
}
