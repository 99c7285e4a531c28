package com.acme.shop;

import org.togglz.core.manager.FeatureManager;

import static com.acme.shop.Features.DARK_MODE;

public class CheckoutService {
    private final FeatureManager featureManager;

    public CheckoutService(FeatureManager featureManager) {
        this.featureManager = featureManager;
    }

    public String page() {
        if (featureManager.isActive(Features.NEW_CHECKOUT)) {
            return "new";
        }
        String theme = DARK_MODE.isActive() ? "dark" : "light";
        boolean oneClick = Features.ONE_CLICK_BUY.isActive();
        return theme + oneClick + featureManager.isActive(DARK_MODE);
    }
}
