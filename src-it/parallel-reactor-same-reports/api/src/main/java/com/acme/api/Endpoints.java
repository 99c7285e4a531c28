package com.acme.api;

import com.acme.core.FlagNames;
import com.acme.core.Toggles;

public class Endpoints {
    private final Toggles toggles;

    public Endpoints(Toggles toggles) {
        this.toggles = toggles;
    }

    public int version() {
        if (toggles.on("api-v3")) {
            return 3;
        }
        return toggles.on(FlagNames.SEARCH) ? 2 : 1;
    }
}
