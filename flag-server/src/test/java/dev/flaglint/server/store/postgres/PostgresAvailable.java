package dev.flaglint.server.store.postgres;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where a PostgreSQL server is given (by {@code scripts/throwaway-postgres.sh}): skipped,
 * with a message saying how to run it, on a machine without one; a failure where one is required
 * ({@code FLAGLINT_POSTGRES_REQUIRED=1}, as in CI), so a missing database never passes as a green build.
 */
public final class PostgresAvailable implements ExecutionCondition {

    static final String HOW = "run them with: scripts/throwaway-postgres.sh run -- ./mvnw -pl flag-server -am verify"
            + " (it starts a throw-away PostgreSQL on 127.0.0.1 and removes it after; .ci/run does the same)";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestDatabase.configured()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + System.getenv(TestDatabase.URL));
        }
        if ("1".equals(System.getenv("FLAGLINT_POSTGRES_REQUIRED"))) {
            throw new ExtensionConfigurationException("FLAGLINT_POSTGRES_REQUIRED=1 but " + TestDatabase.URL
                    + " is not set: the PostgreSQL tests must run here; " + HOW);
        }
        String message = "PostgreSQL tests skipped (" + context.getDisplayName() + "): " + TestDatabase.URL
                + " is not set; " + HOW;
        if (context.getTestMethod().isEmpty()) {
            System.err.println("[WARNING] " + message); // surefire does not print skip reasons
        }
        return ConditionEvaluationResult.disabled(message);
    }
}
