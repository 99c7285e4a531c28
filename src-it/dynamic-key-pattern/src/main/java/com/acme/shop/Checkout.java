package com.acme.shop;

import dev.flaglint.runtime.FeatureFlags;

import java.util.List;

public class Checkout {
    private static final String EXPERIMENT_PREFIX = "exp.";

    private final FeatureFlags flags;

    public Checkout(FeatureFlags flags) {
        this.flags = flags;
    }

    public List<String> stages(List<String> stages) {
        return stages.stream()
                .filter(stage -> flags.isEnabled(String.format("stages.%s.enabled", stage)))
                .toList();
    }

    public boolean inExperiment(String name) {
        return flags.isEnabled(EXPERIMENT_PREFIX + name);
    }
}
