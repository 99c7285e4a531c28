package com.acme.shop.config;

import java.util.Properties;

/** Application settings: same method name as OpenFeature's, not a flag API. */
public class ShopConfig {
    private final Properties properties = new Properties();

    public boolean getBooleanValue(String key, boolean fallback) {
        return Boolean.parseBoolean(properties.getProperty(key, String.valueOf(fallback)));
    }

    public String getStringValue(String key, String fallback) {
        return properties.getProperty(key, fallback);
    }
}
