package dev.flaglint.junit;

import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Says what to add when a test asks for a {@code Flags} or {@code FeatureFlags} parameter but nothing registered
 * {@link FlagsExtension}: JUnit then fails it with "No ParameterResolver registered", and this listener attaches
 * the fix to that failure (as a suppressed exception, for runners that print the whole failure) and prints it
 * once per run on standard error (Maven Surefire shows that in the build log, but only the failure's message in its
 * summary).
 *
 * <p>Why not register the extension for every test? JUnit Jupiter 5.14 registers an extension only when a test
 * (or one of its annotations) names it, or through auto-detection, which is off unless the project switches it
 * on ({@code junit.jupiter.extensions.autodetection.enabled=true}); a library must not switch it on for the
 * project (a {@code junit-platform.properties} in a jar would override the project's own). This jar declares the
 * extension for auto-detection, so projects that switch it on need nothing else. Test execution listeners, in
 * contrast, are loaded by the JUnit Platform from every jar unless deactivated, which is how this one runs.
 */
public final class MissingExtensionHint implements TestExecutionListener {

    private static final String UNRESOLVED = "No ParameterResolver registered for parameter [dev.flaglint.runtime.";

    /** Whether the fix was printed in this test run: once is enough. */
    private final AtomicBoolean printed = new AtomicBoolean();
    private final PrintStream out;

    public MissingExtensionHint() {
        this(System.err);
    }

    MissingExtensionHint(PrintStream out) {
        this.out = out;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        result.getThrowable().filter(MissingExtensionHint::isUnresolvedFlags).ifPresent(failure -> {
            ExtensionNotRegistered hint = new ExtensionNotRegistered(test.getDisplayName());
            failure.addSuppressed(hint); // for runners that show the whole failure
            if (printed.compareAndSet(false, true)) {
                out.println(hint.getMessage()); // for those that do not
            }
        });
    }

    static boolean isUnresolvedFlags(Throwable failure) {
        String message = failure.getMessage();
        return failure instanceof ParameterResolutionException && message != null
                && (message.startsWith(UNRESOLVED + "Flags ") || message.startsWith(UNRESOLVED + "FeatureFlags "));
    }

    /** The fix, attached to the failure. */
    static final class ExtensionNotRegistered extends RuntimeException {
        ExtensionNotRegistered(String test) {
            super("flag-runtime-junit: test " + test + " asks for Flags or FeatureFlags, but FlagsExtension is not"
                    + " registered for it. Add @ExtendWith(dev.flaglint.junit.FlagsExtension.class) to the test class (@FlagsFrom,"
                    + " @FlagOverride, @BothPaths and @FlagMatrix register it too), or register it for every test with"
                    + " junit.jupiter.extensions.autodetection.enabled=true in src/test/resources/"
                    + "junit-platform.properties", null, false, false);
        }
    }
}
