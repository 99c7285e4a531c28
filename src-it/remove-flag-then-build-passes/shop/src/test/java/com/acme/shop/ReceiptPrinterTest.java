package com.acme.shop;

import dev.flaglint.junit.BothPaths;
import dev.flaglint.junit.FlagOverride;
import dev.flaglint.runtime.FeatureFlags;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptPrinterTest {

    @BothPaths("new-checkout")
    void listsTheItemsAndTheTotal(FeatureFlags flags) {
        String receipt = printer(flags).print(new Cart(2, 500), 450);
        assertTrue(receipt.contains("2 items: 450 cents"), receipt);
        if (flags.isEnabled("new-checkout")) {
            assertTrue(receipt.startsWith("Order summary"), receipt);
        } else {
            assertTrue(receipt.startsWith("Step 3 of 3"), receipt);
        }
    }

    @Test
    @FlagOverride(flag = "new-checkout", enabled = false)
    void thanksClassicShoppers(FeatureFlags flags) {
        assertTrue(printer(flags).print(new Cart(1, 100), 90).endsWith("classic way\n"));
    }

    private static ReceiptPrinter printer(FeatureFlags flags) {
        return new ReceiptPrinter(new FlagService(flags), new Toggles(flags));
    }
}
