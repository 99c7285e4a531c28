package com.acme;

import dev.flaglint.runtime.FeatureFlags;

public abstract class BaseController {
    protected FeatureFlags flags;
}
