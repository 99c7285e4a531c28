package com.example.checkout;

import dev.flaglint.runtime.FeatureFlags;

import java.util.Map;

import static com.example.checkout.FlagKeys.PAYMENTS_KILL_SWITCH;

/** A tiny checkout: which flow a user sees and whether card payments are on is decided by flags. */
public class CheckoutService {

    private final FeatureFlags flags;

    public CheckoutService(FeatureFlags flags) {
        this.flags = flags;
    }

    public String checkoutPage(String userId, String email, String plan) {
        Map<String, Object> user = Map.of("user_id", userId, "email", email, "plan", plan);
        if (flags.isEnabled(FlagKeys.NEW_CHECKOUT, user)) {
            return "one-page-checkout";
        }
        return "three-step-wizard";
    }

    public boolean cardPaymentsAvailable() {
        return flags.isEnabled(PAYMENTS_KILL_SWITCH);
    }

    public String banner() {
        return flags.isEnabled("express-shipping-banner") ? "Express shipping before the holidays!" : "";
    }

    public static void main(String[] args) {
        CheckoutService service = new CheckoutService(FeatureFlags.fromClasspath());
        System.out.println("alice@example.com sees: " + service.checkoutPage("1", "alice@example.com", "free"));
        System.out.println("card payments on: " + service.cardPaymentsAvailable());
        System.out.println("banner: " + service.banner());
    }
}
