package com.acme.shop.web;

public final class FlagKeys {
    public static final String NEW_CHECKOUT = "new-checkout";
    public static final String BANNER_TEXT = "checkout." + "banner-text";

    private FlagKeys() {
    }
}
