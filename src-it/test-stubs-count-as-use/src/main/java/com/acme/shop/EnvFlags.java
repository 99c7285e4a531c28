package com.acme.shop;

import dev.flaglint.runtime.FeatureFlags;

/** One flag per environment: payments.staging, payments.production. */
public class EnvFlags {
    private final FeatureFlags flags;
    private final String environment;

    public EnvFlags(FeatureFlags flags, String environment) {
        this.flags = flags;
        this.environment = environment;
    }

    public boolean isEnabled(String feature) {
        return flags.isEnabled(feature + "." + environment);
    }
}
