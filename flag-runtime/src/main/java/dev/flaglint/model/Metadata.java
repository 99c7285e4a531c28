package dev.flaglint.model;

import java.time.LocalDate;

/**
 * The bookkeeping every flag must carry so that somebody owns it and it gets removed.
 * Fields are {@code null} when absent or invalid (the problem is reported separately).
 */
public record Metadata(String description, String owner, LocalDate created, LocalDate expires,
                       String ticket, boolean permanent) {
}
