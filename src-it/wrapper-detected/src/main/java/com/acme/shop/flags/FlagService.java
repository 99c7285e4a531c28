package com.acme.shop.flags;

/** What the rest of the code depends on. */
public interface FlagService {
    boolean isFeatureEnabled(String key);
}
