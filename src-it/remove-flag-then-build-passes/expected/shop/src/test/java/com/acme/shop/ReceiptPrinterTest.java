package com.acme.shop;

import dev.flaglint.junit.FlagsExtension;
import dev.flaglint.runtime.FeatureFlags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptPrinterTest {

    @Test
    @ExtendWith(FlagsExtension.class)
    void listsTheItemsAndTheTotal(FeatureFlags flags) {
        String receipt = printer(flags).print(new Cart(2, 500), 450);
        assertTrue(receipt.contains("2 items: 450 cents"), receipt);
        assertTrue(receipt.startsWith("Order summary"), receipt);
    }

    private static ReceiptPrinter printer(FeatureFlags flags) {
        return new ReceiptPrinter(new FlagService(flags), new Toggles(flags));
    }
}
