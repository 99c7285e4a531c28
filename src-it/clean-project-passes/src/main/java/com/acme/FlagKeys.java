package com.acme;

public final class FlagKeys {
    public static final String SEARCH_V2 = "search-v2";
    public static final String BETA_BANNER = "beta-banner";

    private FlagKeys() {
    }
}
