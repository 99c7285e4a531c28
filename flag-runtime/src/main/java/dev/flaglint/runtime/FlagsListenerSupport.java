package dev.flaglint.runtime;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The status and listeners of an {@link ObservableFlags}, for its implementations (as
 * {@code java.beans.PropertyChangeSupport} is for beans): a status change or a set of changed flags reaches every
 * listener, in order, on the executor given; a listener that throws is logged and the others still hear it.
 */
public final class FlagsListenerSupport {

    private static final System.Logger LOG = System.getLogger(FlagsListenerSupport.class.getPackageName());

    private final List<FlagsListener> listeners = new CopyOnWriteArrayList<>();
    private final Executor executor;
    private volatile FlagsStatus status;
    private volatile String detail;

    /**
     * @param initial  the status until the first change
     * @param detail   why
     * @param executor where listeners run: one thread at a time, in submission order (a single-thread executor, or
     *                 {@code Runnable::run} for the thread that reports the change)
     */
    public FlagsListenerSupport(FlagsStatus initial, String detail, Executor executor) {
        this.status = Objects.requireNonNull(initial, "initial");
        this.detail = detail;
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public FlagsStatus status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public void add(FlagsListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void remove(FlagsListener listener) {
        listeners.remove(listener);
    }

    /** Sets the status; when it differs from the current one, every listener hears it. Returns whether it did. */
    public synchronized boolean status(FlagsStatus next, String why) {
        detail = why;
        if (next == status) {
            return false;
        }
        status = next;
        dispatch(l -> l.statusChanged(next, why));
        return true;
    }

    /** Tells every listener that {@code keys} changed; nothing when the set is empty. */
    public synchronized void flagsChanged(Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Set<String> copy = Set.copyOf(keys);
        dispatch(l -> l.flagsChanged(copy));
    }

    private void dispatch(java.util.function.Consumer<FlagsListener> event) {
        for (FlagsListener listener : listeners) {
            try {
                executor.execute(() -> {
                    try {
                        event.accept(listener);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "a flags listener failed; the others still hear of the change", e);
                    }
                });
            } catch (RejectedExecutionException e) {
                return; // the source is closed: nobody is listening any more
            }
        }
    }
}
