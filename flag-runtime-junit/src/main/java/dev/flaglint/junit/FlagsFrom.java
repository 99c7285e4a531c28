package dev.flaglint.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where the extension reads the real flags from, and for which environment. Without it: the classpath
 * resource {@code flags.yaml} (none: no flags, only the pins), with no environment overrides. A file that
 * has errors fails the test with the list of problems, so a broken flags file cannot hide behind overrides.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(FlagsExtension.class)
public @interface FlagsFrom {

    /** A file path, relative to the working directory (the module directory under Maven); wins over {@link #resource()}. */
    String path() default "";

    /** A classpath resource. */
    String resource() default "flags.yaml";

    /** The environment whose overrides apply; empty for none. */
    String environment() default "";
}
