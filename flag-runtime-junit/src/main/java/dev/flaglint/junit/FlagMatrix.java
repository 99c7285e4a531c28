package dev.flaglint.junit;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the test once per combination of flag values: every combination of the listed flags (2^n
 * invocations), or only the chosen {@link #cases()}. The test takes a
 * {@link dev.flaglint.runtime.FeatureFlags} parameter with those flags pinned on top of the real flags
 * file; invocations are named like {@code [new-checkout=on, dark-mode=off]}.
 *
 * <pre>{@code
 * @FlagMatrix({"new-checkout", "dark-mode"})                       // 4 invocations
 * @FlagMatrix(cases = {"new-checkout=on, dark-mode=off", "new-checkout=off"})   // 2 chosen ones
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@TestTemplate
@ExtendWith(FlagsExtension.class)
public @interface FlagMatrix {

    /** Flags to combine: every on/off combination runs. */
    String[] value() default {};

    /**
     * Instead of every combination, these: each a comma-separated list of {@code flag=on} or
     * {@code flag=off} ({@code true}/{@code false} also accepted). Flags a case leaves out keep their
     * value from the flags file.
     */
    String[] cases() default {};
}
