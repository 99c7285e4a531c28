package com.acme;

public interface FeatureToggles {
    boolean isOn(String key);

    boolean isOff(String key);

    boolean isEnabled(String key);
}
