package com.acme.shop;

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
        receipt.append("Order summary\n");
        receipt.append(cart.items()).append(" items: ").append(total).append(" cents\n");
        if (flagService.enabled("express-shipping")) {
            receipt.append("Express delivery\n");
        }
        return receipt.toString();
    }
}
