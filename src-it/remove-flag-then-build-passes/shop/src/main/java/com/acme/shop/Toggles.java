package com.acme.shop;

import com.acme.keys.Feature;
import dev.flaglint.runtime.Flags;

/** The flags by enum constant (configured in the pom as a flag API, so its callers are checked). */
public class Toggles {

    private final Flags flags;

    public Toggles(Flags flags) {
        this.flags = flags;
    }

    @SuppressWarnings("flag-lint:dynamic-key") // every key passes through here; the callers are checked
    public boolean isOn(Feature feature) {
        return flags.isEnabled(feature.key());
    }
}
