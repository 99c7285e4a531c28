package com.acme.shop;

import dev.flaglint.runtime.Flags;

/** The shop's own view of its flags (flag-lint finds its callers by itself). */
public class FlagService {

    private final Flags flags;

    public FlagService(Flags flags) {
        this.flags = flags;
    }

    public boolean enabled(String key) {
        return flags.isEnabled(key);
    }
}
