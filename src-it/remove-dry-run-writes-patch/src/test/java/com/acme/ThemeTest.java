package com.acme;

import dev.flaglint.junit.FlagOverride;
import dev.flaglint.junit.FlagsExtension;
import dev.flaglint.runtime.FeatureFlags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(FlagsExtension.class)
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
