package dev.flaglint.lint.remove;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SmokeTest {

    @Test
    void smoke(@TempDir Path dir) {
        RemovalFixture f = new RemovalFixture(dir).mainClass("Checkout", "import dev.flaglint.runtime.FeatureFlags;\n", """
                    private static final String KEY = "new-checkout";
                    private final FeatureFlags flags;

                    Checkout(FeatureFlags flags) {
                        this.flags = flags;
                    }

                    int total(int cents) {
                        // the new flow
                        if (flags.isEnabled(KEY)) {
                            int fee = 10;
                            return cents + fee; // with fee
                        } else {
                            return legacy(cents);
                        }
                    }

                    String label() {
                        boolean on = flags.isEnabled("new-checkout");
                        return on ? "new" : "old";
                    }

                    private int legacy(int cents) {
                        return cents;
                    }
                """);
        RemovalResult r = f.remove("new-checkout", null);
        System.out.println(r);
        System.out.println(f.mainClassText("Checkout"));
        System.out.println(f.read("flags.yaml"));
    }
}
