package com.acme.shop;

import org.togglz.core.Feature;
import org.togglz.core.annotation.EnabledByDefault;
import org.togglz.core.annotation.Label;

public enum Features implements Feature {

    @Label("New checkout")
    NEW_CHECKOUT,

    @EnabledByDefault
    @Label("Dark mode")
    DARK_MODE,

    @Label("One-click buy")
    ONE_CLICK_BUY
}
