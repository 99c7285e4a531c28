package com.acme.batch;

import dev.flaglint.runtime.FeatureFlags;

public class Export {
    private final ExportGate gate;

    public Export(ExportGate gate) {
        this.gate = gate;
    }

    public boolean run() {
        return gate.allowed("nightly-export");
    }
}

/** A wrapper declared beside Export, in Export's file. */
class ExportGate {
    private FeatureFlags flags;

    boolean allowed(String key) {
        return flags.isEnabled(key);
    }
}
