package com.acme.app;

import com.acme.keys.Keys;
import dev.flaglint.runtime.FeatureFlags;

import static com.acme.keys.Keys.SEARCH_V2;

public class Storefront {
    private final FeatureFlags flags;

    public Storefront(FeatureFlags flags) {
        this.flags = flags;
    }

    public String home() {
        StringBuilder page = new StringBuilder();
        if (flags.isEnabled(Keys.NEW_CHECKOUT)) {
            page.append("new checkout");
        }
        if (flags.isEnabled(SEARCH_V2)) {
            page.append("search v2");
        }
        if (flags.isEnabled(Keys.Nested.BANNER)) {
            page.append("new banner");
        }
        if (flags.isEnabled(Keys.BANNER)) {
            page.append("old banner");
        }
        return page.toString();
    }
}
