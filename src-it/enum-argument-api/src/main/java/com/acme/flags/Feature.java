package com.acme.flags;

public enum Feature {
    FEATURE_X("feature_x"),
    FEATURE_Y(Feature.PREFIX + "y"),
    FEATURE_Z("feature_z");

    private static final String PREFIX = "feature_";

    private final String key;

    Feature(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
