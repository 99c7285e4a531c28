package dev.flaglint.runtime;

import java.util.Set;

/**
 * Hears what happens to an {@link ObservableFlags}: flags whose answers may have changed, and changes of status.
 * Both methods do nothing by default; implement the ones you need. They run on a thread of the source's (for a
 * followed file, also a caller of {@code refresh()}), one event at a time and in order: keep them short, and do not
 * evaluate flags from another source that waits on this one.
 */
public interface FlagsListener {

    /**
     * A new version of the flags is in use, and these flags' definitions differ from the previous version's (added
     * and removed flags included): their answers may have changed. Never called with an empty set.
     */
    default void flagsChanged(Set<String> keys) {
    }

    /** The status changed to {@code status}; {@code detail} says why, in a sentence fit for a log. */
    default void statusChanged(FlagsStatus status, String detail) {
    }
}
