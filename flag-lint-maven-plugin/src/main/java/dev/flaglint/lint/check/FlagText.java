package dev.flaglint.lint.check;

import dev.flaglint.model.Flag;
import dev.flaglint.model.Metadata;

/** Wording several rules share. */
final class FlagText {

    private FlagText() {
    }

    /** {@code (owner payments-team, ticket PAY-1234)}, naming what is missing as such. */
    static String ownerAndTicket(Flag flag) {
        Metadata m = flag.metadata();
        return "(owner " + (m.owner() == null ? "unknown" : m.owner())
                + ", ticket " + (m.ticket() == null ? "none" : m.ticket()) + ")";
    }
}
