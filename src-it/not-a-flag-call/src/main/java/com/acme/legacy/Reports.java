package com.acme.legacy;

import dev.flaglint.runtime.*;

/** A same-package FeatureFlags wins over an on-demand import, as in Java. */
public class Reports {
    private final FeatureFlags flags = new FeatureFlags();

    boolean pdf() {
        return flags.isEnabled("legacy-pdf");
    }
}
