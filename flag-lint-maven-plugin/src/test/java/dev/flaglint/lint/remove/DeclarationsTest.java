package dev.flaglint.lint.remove;

import dev.flaglint.lint.model.ApiOrigin;
import dev.flaglint.lint.model.FlagApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The key's constant and enum constant go when nothing else uses them, their static imports with them. */
class DeclarationsTest {

    @TempDir
    Path dir;

    @Test
    void theKeyConstantAndItsStaticImportGoWhenNothingElseUsesThem() {
        RemovalFixture f = new RemovalFixture(dir)
                .file("src/main/java/com/acme/keys/FlagKeys.java", """
                        package com.acme.keys;

                        /** Every flag key, in one place. */
                        public final class FlagKeys {
                            /** The new checkout flow (PAY-1). */
                            public static final String NEW_CHECKOUT = "new-checkout";
                            public static final String OTHER = "other";

                            private FlagKeys() {
                            }
                        }
                        """)
                .mainClass("App", "import com.acme.keys.FlagKeys;\nimport dev.flaglint.runtime.FeatureFlags;\n\n"
                        + "import static com.acme.keys.FlagKeys.NEW_CHECKOUT;\n", """
                            String a(FeatureFlags flags) {
                                return flags.isEnabled(NEW_CHECKOUT) ? "new" : "old";
                            }

                            String b(FeatureFlags flags) {
                                return flags.isEnabled(FlagKeys.NEW_CHECKOUT) ? "new" : "old";
                            }

                            boolean c(FeatureFlags flags) {
                                return flags.isEnabled(FlagKeys.OTHER);
                            }
                        """);
        RemovalResult r = f.remove("new-checkout", null);

        assertThat(r.leftovers()).isEmpty();
        assertThat(f.read("src/main/java/com/acme/keys/FlagKeys.java")).isEqualTo("""
                package com.acme.keys;

                /** Every flag key, in one place. */
                public final class FlagKeys {
                    public static final String OTHER = "other";

                    private FlagKeys() {
                    }
                }
                """);
        assertThat(f.mainClassText("App")).startsWith("package com.acme;\n\nimport com.acme.keys.FlagKeys;\n"
                + "import dev.flaglint.runtime.FeatureFlags;\n\nclass App {\n");
    }

    @Test
    void aConstantStillUsedElsewhereStaysAndIsListedWhereItIsUsed() {
        RemovalFixture f = new RemovalFixture(dir)
                .mainClass("Keys", "", "    static final String NEW_CHECKOUT = \"new-checkout\";\n")
                .mainClass("App", "import dev.flaglint.runtime.FeatureFlags;\n", """
                            boolean a(FeatureFlags flags) {
                                return flags.isEnabled(Keys.NEW_CHECKOUT);
                            }

                            String b() {
                                return "flag " + Keys.NEW_CHECKOUT;
                            }
                        """);
        RemovalResult r = f.remove("new-checkout", null);

        assertThat(r.leftovers()).extracting(l -> l.file() + ":" + l.line() + ":" + l.column() + " " + l.message())
                .containsExactly("src/main/java/com/acme/App.java:11:31 NEW_CHECKOUT names the flag and is still used"
                                + " here; remove it by hand",
                        "src/main/java/com/acme/Keys.java:5:40 the string \"new-checkout\" still holds the flag's key"
                                + " (reflection, configuration, a message?); check it");
        assertThat(f.mainClassText("Keys")).contains("NEW_CHECKOUT");
    }

    @Test
    void anEnumConstantNamingTheFlagGoesWithItsAnnotationAndComma() {
        RemovalFixture f = new RemovalFixture(dir)
                .api(new FlagApi("com.acme.Toggles", Set.of("isOn"), 0, false, FlagApi.EnumKey.ARGUMENT,
                        ApiOrigin.CONFIG))
                .file("src/main/java/com/acme/Feature.java", """
                        package com.acme;

                        enum Feature {
                            @Deprecated
                            NEW_CHECKOUT("new-checkout"),
                            OTHER("other");

                            final String key;

                            Feature(String key) {
                                this.key = key;
                            }
                        }
                        """)
                .mainClass("Toggles", "import dev.flaglint.runtime.FeatureFlags;\n", """
                            private final FeatureFlags flags;

                            Toggles(FeatureFlags flags) {
                                this.flags = flags;
                            }

                            @SuppressWarnings("flag-lint:dynamic-key")
                            boolean isOn(Feature feature) {
                                return flags.isEnabled(feature.key);
                            }
                        """)
                .mainClass("App", "", """
                            String a(Toggles toggles) {
                                return toggles.isOn(Feature.NEW_CHECKOUT) ? "new" : "old";
                            }
                        """);
        RemovalResult r = f.remove("new-checkout", null);

        assertThat(r.leftovers()).isEmpty();
        assertThat(f.mainClassText("Feature")).isEqualTo("""
                package com.acme;

                enum Feature {
                    OTHER("other");

                    final String key;

                    Feature(String key) {
                        this.key = key;
                    }
                }
                """);
        assertThat(f.mainClassText("App")).contains("return \"new\";");
    }
}
