package dev.flaglint.junit;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the test twice, once with the flag on and once off — "test both paths, always". The test takes a
 * {@link dev.flaglint.runtime.FeatureFlags} parameter in which the flag is pinned; invocations are named
 * {@code [new-checkout=on]} and {@code [new-checkout=off]}.
 *
 * <pre>{@code
 * @BothPaths("new-checkout")
 * void checkoutWorks(FeatureFlags flags) {
 *     assertThat(new Checkout(flags).total(cart)).isEqualTo(42);
 * }
 * }</pre>
 *
 * Same as {@code @FlagMatrix("new-checkout")}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@TestTemplate
@ExtendWith(FlagsExtension.class)
public @interface BothPaths {

    /** The flag key. */
    String value();
}
