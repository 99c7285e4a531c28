package com.acme.flags;

public interface FeatureToggles {
    boolean isOn(String userId, Feature feature);
}
