package com.acme.core;

public final class FlagNames {
    public static final String CHECKOUT = "new-checkout";
    public static final String SEARCH = "search-" + "v2";

    private FlagNames() {
    }
}
