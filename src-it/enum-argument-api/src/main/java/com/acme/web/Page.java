package com.acme.web;

import com.acme.flags.Feature;
import com.acme.flags.FeatureToggles;

import static com.acme.flags.Feature.FEATURE_Y;

public class Page {
    private final FeatureToggles toggles;

    public Page(FeatureToggles toggles) {
        this.toggles = toggles;
    }

    public String render(String userId) {
        if (toggles.isOn(userId, Feature.FEATURE_X)) {
            return "x";
        }
        if (toggles.isOn(userId, FEATURE_Y)) {
            return "y";
        }
        return toggles.isOn(userId, Feature.FEATURE_Z) ? "z" : "none";
    }
}
