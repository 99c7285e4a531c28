package dev.flaglint.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pins a flag for a test method or for every test of a class (nested classes included). The test's
 * {@link dev.flaglint.runtime.FeatureFlags} parameter answers {@link #enabled()} for a boolean flag, or gives
 * {@link #variant()} for a flag with variants, whatever the file says. A method's pin wins over its class's; a
 * {@link FlagMatrix} / {@link BothPaths} value wins over both.
 *
 * <pre>{@code
 * @FlagOverride(flag = "new-checkout", enabled = false)
 * @FlagOverride(flag = "checkout-button", variant = "green")
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(FlagOverrides.class)
@ExtendWith(FlagsExtension.class)
public @interface FlagOverride {

    String flag();

    /** A boolean flag: on ({@code true}) or off. */
    boolean enabled() default true;

    /** A flag with variants: the variant it gives (one it declares); wins over {@link #enabled()}. */
    String variant() default "";
}
