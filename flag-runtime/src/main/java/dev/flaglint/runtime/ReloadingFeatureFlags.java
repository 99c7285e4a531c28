package dev.flaglint.runtime;

import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Metadata;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Flags that follow their file: a {@link FlagsFileWatcher} polls it and each version it takes (complete, and
 * free of errors) is compiled and swapped in as a new {@link FeatureFlags} snapshot atomically. Each
 * evaluation sees one whole snapshot, never a mix, and never a half-written file.
 *
 * <p>A new version is rejected — logged, and the last good snapshot stays — when the file is missing, does
 * not parse, or has any error (the errors flag-lint's check reports). At start the file is loaded as
 * {@link FeatureFlags#load} would, errors and all: there is nothing older to keep. To update a watched file
 * safely, write the new version to a temporary file in the same directory and rename it over the old one;
 * see the documentation of {@link FlagsFileWatcher} for in-place writers. Close it to stop the thread.
 *
 * <p>Its {@linkplain #status() status} is {@link FlagsStatus#READY} while the file's newest complete version is in
 * use, {@link FlagsStatus#STALE} while a newer one is refused, {@link FlagsStatus#ERROR} while no version of the
 * file could be read at all; listeners hear of each change of status and of the flags each new version changes,
 * on the polling thread (or the thread that calls {@link #refresh()}).
 */
public final class ReloadingFeatureFlags implements ObservableFlags, AutoCloseable {

    /** How often the file is checked unless told otherwise. */
    public static final Duration DEFAULT_INTERVAL = FlagsFileWatcher.DEFAULT_INTERVAL;

    private final FlagsFileWatcher watcher;
    private final FlagsListenerSupport listeners;
    /** The file as read at start when it had errors: in use all the same, so not a reason to be stale. */
    private final FlagsFileWatcher.Rejection startedWith;
    private volatile FeatureFlags current;

    private ReloadingFeatureFlags(Path path, String environment, Duration interval) {
        this.watcher = new FlagsFileWatcher(path);
        // The watcher read the file once: taken if it has no errors, else kept as the rejection.
        FlagsFile initial = watcher.current().map(FlagsFileWatcher.Version::file)
                .orElseGet(() -> watcher.lastRejection().map(FlagsFileWatcher.Rejection::file).orElseThrow());
        this.current = FeatureFlags.from(initial, environment);
        this.startedWith = watcher.lastRejection().orElse(null);
        // Listeners run on the thread that checks the file (the watcher serializes checks), in order.
        this.listeners = new FlagsListenerSupport(FlagsStatus.READY, "", Runnable::run);
        updateStatus();
        watcher.onRejectionChange(rejection -> updateStatus());
        watcher.onChange(version -> {
            FeatureFlags previous = current;
            FeatureFlags next = FeatureFlags.from(version.file(), environment);
            current = next;
            updateStatus();
            listeners.flagsChanged(next.changedSince(previous));
        });
        watcher.start(interval);
    }

    private void updateStatus() {
        FeatureFlags flags = current;
        Optional<FlagsFileWatcher.Rejection> rejection = watcher.lastRejection();
        if (!flags.isReadable()) {
            listeners.status(FlagsStatus.ERROR, watcher.path() + " could not be read, so every flag answers the"
                    + " caller's default: " + rejection.map(FlagsFileWatcher.Rejection::summary).orElse("unreadable"));
        } else if (rejection.isPresent() && rejection.get() != startedWith) {
            listeners.status(FlagsStatus.STALE, "a newer version of " + watcher.path() + " was refused, the version"
                    + " in use stays: " + rejection.get().summary());
        } else {
            listeners.status(FlagsStatus.READY, watcher.path() + " is in use as it is now");
        }
    }

    /** Watches {@code path} for the default environment, checking every {@link #DEFAULT_INTERVAL}. */
    public static ReloadingFeatureFlags watch(Path path) {
        return watch(path, FeatureFlags.defaultEnvironment(), DEFAULT_INTERVAL);
    }

    /** Loads {@code path} now (never throws, like {@link FeatureFlags#load}) and follows its changes. */
    public static ReloadingFeatureFlags watch(Path path, String environment, Duration interval) {
        return new ReloadingFeatureFlags(path, environment, interval);
    }

    /** The snapshot in force; keep it for a request to get consistent answers across several flags. */
    public FeatureFlags current() {
        return current;
    }

    @Override
    public Evaluation evaluate(String key, Map<String, ?> context, boolean defaultValue) {
        return current.evaluate(key, context, defaultValue);
    }

    @Override
    public Optional<Metadata> metadata(String key) {
        return current.metadata(key);
    }

    @Override
    public FlagsStatus status() {
        return listeners.status();
    }

    @Override
    public String statusDetail() {
        return listeners.detail();
    }

    @Override
    public void addListener(FlagsListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(FlagsListener listener) {
        listeners.remove(listener);
    }

    /**
     * Checks the file now, as the polling thread does. Returns true when a new snapshot was swapped in; false
     * when the content is unchanged, was rejected (and logged), or changed in place and is taken only when a
     * later check sees it unchanged (it may still be being written).
     */
    public boolean refresh() {
        return watcher.refresh() == FlagsFileWatcher.Outcome.ACCEPTED;
    }

    /** Why the file's newest complete version is not in use, if it is not. */
    public Optional<FlagsFileWatcher.Rejection> lastRejection() {
        return watcher.lastRejection();
    }

    /** Stops the polling thread; the current snapshot keeps answering. */
    @Override
    public void close() {
        watcher.close();
    }

    /** Whether the polling thread has stopped (after {@link #close()}). */
    public boolean isClosed() {
        return watcher.isClosed();
    }
}
