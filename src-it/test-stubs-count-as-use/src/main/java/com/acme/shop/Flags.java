package com.acme.shop;

public final class Flags {
    public static final String DARK_MODE = "dark-mode";

    private Flags() {
    }
}
