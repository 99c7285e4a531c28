package com.acme.keys;

public final class Keys {
    public static final String NEW_CHECKOUT = "new-checkout";
    public static final String SEARCH_PREFIX = "search.";
    public static final String SEARCH_V2 = SEARCH_PREFIX + "v2";
    public static final String BANNER = "old-banner";

    public static final class Nested {
        public static final String BANNER = "new-banner";

        private Nested() {
        }
    }

    private Keys() {
    }
}
