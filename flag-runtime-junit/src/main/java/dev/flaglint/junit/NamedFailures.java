package dev.flaglint.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;

/**
 * Puts a template invocation's name, {@code [new-checkout=off]}, in front of its failure's message: build tools such
 * as Maven Surefire name invocations {@code checkout(Flags)[2]} in their summaries, which does not say which
 * combination failed. An assertion failure keeps its type (and its expected and actual values, for IDEs); any other
 * exception is rethrown as it is, with the name added as a suppressed note, so errors stay errors and aborted tests
 * stay aborted.
 */
record NamedFailures(String name) implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw named(failure);
    }

    Throwable named(Throwable failure) {
        String message = name + " " + (failure.getMessage() == null ? "" : failure.getMessage().strip());
        AssertionError renamed;
        if (failure instanceof AssertionFailedError f) {
            renamed = f.isExpectedDefined() || f.isActualDefined()
                    ? new AssertionFailedError(message, f.getExpected(), f.getActual(), f.getCause())
                    : new AssertionFailedError(message, f.getCause());
        } else if (failure.getClass() == AssertionError.class) {
            renamed = new AssertionError(message, failure.getCause());
        } else {
            failure.addSuppressed(new FlagCombination(name));
            return failure;
        }
        renamed.setStackTrace(failure.getStackTrace());
        for (Throwable suppressed : failure.getSuppressed()) {
            renamed.addSuppressed(suppressed);
        }
        return renamed;
    }

    /** The note on a failure that keeps its own type: which combination of flag values it happened in. */
    static final class FlagCombination extends RuntimeException {
        FlagCombination(String name) {
            super("in flag combination " + name, null, false, false);
        }
    }
}
