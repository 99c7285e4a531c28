package com.acme.legacy;

import java.util.Properties;

/** An in-house class that happens to share flag-runtime's name. */
public class FeatureFlags {
    private final Properties properties = new Properties();

    public boolean isEnabled(String name) {
        return Boolean.parseBoolean(properties.getProperty(name));
    }

    public boolean evaluate(String name) {
        return isEnabled(name);
    }
}
