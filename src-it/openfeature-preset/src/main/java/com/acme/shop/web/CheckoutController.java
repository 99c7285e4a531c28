package com.acme.shop.web;

import com.acme.shop.config.ShopConfig;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.FlagEvaluationDetails;

import static com.acme.shop.web.FlagKeys.BANNER_TEXT;

public class CheckoutController {
    private final Client client;
    private final ShopConfig config;

    public CheckoutController(Client client, ShopConfig config) {
        this.client = client;
        this.config = config;
    }

    public String checkout() {
        if (client.getBooleanValue(FlagKeys.NEW_CHECKOUT, false)) {
            return "new";
        }
        FlagEvaluationDetails<String> banner = client.getStringDetails(BANNER_TEXT, "");
        int maxItems = client.getIntegerValue("max-cart-items", 50);
        boolean taxes = client.getBooleanValue("legacy-tax-engine", true);
        boolean oneClick = client
                .getBooleanDetails("one-click-buy", false)
                .getValue();
        boolean cache = config.getBooleanValue("cache.enabled", false);
        String theme = config.getStringValue("ui.theme", "light");
        return banner.getValue() + maxItems + taxes + oneClick + cache + theme;
    }
}
