package com.acme;

import dev.flaglint.runtime.FeatureFlags;

class App {
    void run(FeatureFlags flags) {
        flags.isEnabled("ok-flag");
        flags.isEnabled("old-flag");
        flags.isEnabled("soon-flag");
        flags.isEnabled("done-on");
        flags.isEnabled("done-off");
        flags.isEnabled("split-by-env");
        flags.isEnabled("kill-switch");
        flags.isEnabled("never-declared");
    }
}
