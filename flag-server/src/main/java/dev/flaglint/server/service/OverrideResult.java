package dev.flaglint.server.service;

import dev.flaglint.server.store.AuditRecord;

import java.util.List;

/** What became of a request to set or remove an override. */
public sealed interface OverrideResult {

    /** Committed and in force. */
    record Changed(AuditRecord record) implements OverrideResult {
    }

    /** The key is not declared in flags.yaml. */
    record NotDeclared(String key) implements OverrideResult {
    }

    /** The body is not a valid override; nothing changed. */
    record Invalid(List<FieldProblem> problems) implements OverrideResult {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** The flag's version is not the one the caller expected ({@code If-Match}); nothing changed. */
    record Conflict(long currentVersion) implements OverrideResult {
    }

    /** A reset of a flag without an override; nothing changed. */
    record NoOverride(long currentVersion) implements OverrideResult {
    }
}
