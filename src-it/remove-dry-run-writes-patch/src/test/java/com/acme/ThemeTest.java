package com.acme;

import dev.flaglint.junit.FlagOverride;
import dev.flaglint.runtime.FeatureFlags;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThemeTest {

    @Test
    void lightByDefault(FeatureFlags flags) {
        assertEquals("#ffffff", new Theme(flags).background());
    }

    @Test
    @FlagOverride(flag = "dark-mode", enabled = true)
    void darkWhenSwitchedOn(FeatureFlags flags) {
        assertEquals("#121212", new Theme(flags).background());
    }
}
