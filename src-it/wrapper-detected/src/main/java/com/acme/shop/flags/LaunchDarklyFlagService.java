package com.acme.shop.flags;

import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.server.LDClient;

public class LaunchDarklyFlagService implements FlagService {
    private final LDClient ldClient;
    private final LDContext ctx;

    public LaunchDarklyFlagService(LDClient ldClient) {
        this.ldClient = ldClient;
        this.ctx = LDContext.create("service");
    }

    @Override
    public boolean isFeatureEnabled(String key) {
        return ldClient.boolVariation(key, ctx, false);
    }
}
