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
 * {@link dev.flaglint.runtime.FeatureFlags} parameter answers {@link #enabled()} for it, whatever the file
 * says. A method's pin wins over its class's; a {@link FlagMatrix} / {@link BothPaths} value wins over both.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(FlagOverrides.class)
@ExtendWith(FlagsExtension.class)
public @interface FlagOverride {

    String flag();

    boolean enabled();
}
