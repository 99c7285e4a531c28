package dev.flaglint.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/**
 * The bookkeeping every flag must carry so that somebody owns it and it gets removed, and the lifecycle
 * facts that follow from it. Fields are {@code null} when absent or invalid (the problem is reported
 * separately).
 */
public record Metadata(String description, String owner, LocalDate created, LocalDate expires,
                       String ticket, boolean permanent) {

    /** Whether the flag is past its expiry date on {@code today}: it expires at the end of {@code expires}. */
    public boolean isExpiredOn(LocalDate today) {
        return !permanent && expires != null && expires.isBefore(today);
    }

    /**
     * Days from {@code today} to {@code expires}: 0 on the expiry day itself, negative once expired; empty
     * for a permanent flag or one without an expiry date.
     */
    public OptionalLong daysLeft(LocalDate today) {
        return permanent || expires == null ? OptionalLong.empty()
                : OptionalLong.of(ChronoUnit.DAYS.between(today, expires));
    }

    /** Days from {@code created} to {@code today}; empty without a creation date. */
    public OptionalLong ageOn(LocalDate today) {
        return created == null ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.DAYS.between(created, today));
    }
}
