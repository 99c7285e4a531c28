package dev.flaglint.lint.check;

import dev.flaglint.model.Flag;
import dev.flaglint.model.Metadata;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Date arithmetic shared by the expiry rules, and the owner/ticket suffix of their messages. */
final class FlagDates {

    private FlagDates() {
    }

    static boolean isExpired(Flag flag, LocalDate today) {
        Metadata m = flag.metadata();
        return !m.permanent() && m.expires() != null && m.expires().isBefore(today);
    }

    /** Days until expiry (0 = expires today), or -1 when it has no date or already expired. */
    static long daysLeft(Flag flag, LocalDate today) {
        Metadata m = flag.metadata();
        if (m.permanent() || m.expires() == null || m.expires().isBefore(today)) {
            return -1;
        }
        return ChronoUnit.DAYS.between(today, m.expires());
    }

    /** {@code (owner payments-team, ticket PAY-1234)}, naming what is missing as such. */
    static String ownerAndTicket(Flag flag) {
        Metadata m = flag.metadata();
        return "(owner " + (m.owner() == null ? "unknown" : m.owner())
                + ", ticket " + (m.ticket() == null ? "none" : m.ticket()) + ")";
    }
}
