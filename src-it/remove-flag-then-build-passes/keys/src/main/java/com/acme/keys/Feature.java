package com.acme.keys;

/** The shop's flags as an enum, for code that prefers types to strings. */
public enum Feature {
    NEW_CHECKOUT("new-checkout"),
    EXPRESS_SHIPPING("express-shipping");

    private final String key;

    Feature(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
