package com.acme.web;

import com.acme.BaseController;

public class CheckoutController extends BaseController {
    String page() {
        return flags.isEnabled("new-checkout") ? "new" : "old";
    }
}
