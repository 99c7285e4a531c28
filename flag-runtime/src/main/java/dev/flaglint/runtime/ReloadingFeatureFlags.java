package dev.flaglint.runtime;

import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.model.Problem;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Flags that follow their file: a daemon thread polls it and, when its content changed, swaps in a new
 * {@link FeatureFlags} snapshot atomically. Each evaluation sees one whole snapshot, never a mix.
 *
 * <p>A new version is rejected — logged, and the last good snapshot stays — when the file is missing or
 * does not parse, or when any flag's evaluation settings are invalid. (Metadata problems such as a missing
 * owner do not block a reload; the build's flag-lint check is where they fail.)
 *
 * <p>Polling rather than a {@code WatchService}: it is simple, works the same on every file system
 * (network mounts, Kubernetes ConfigMap symlink swaps, editors that save by rename), and reading a small file
 * every couple of seconds costs nothing. Close it to stop the thread.
 */
public final class ReloadingFeatureFlags implements Flags, AutoCloseable {

    /** How often the file is checked unless told otherwise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

    private static final System.Logger LOG = System.getLogger(ReloadingFeatureFlags.class.getPackageName());

    private final Path path;
    private final String environment;
    private final ScheduledExecutorService poller;
    private volatile FeatureFlags current;
    /** The content of the file last looked at (accepted or not); guarded by {@code this}. */
    private byte[] lastContent;

    private ReloadingFeatureFlags(Path path, String environment, Duration interval) {
        this.path = path;
        this.environment = environment;
        // One read for both, so a change between them cannot be missed.
        this.lastContent = readOrNull(path);
        this.current = FeatureFlags.from(parse(lastContent), environment);
        this.poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "flag-runtime reload " + path.getFileName());
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        poller.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
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

    /**
     * Checks the file now. Returns true when a new snapshot was swapped in; false when the content is
     * unchanged or the new version was rejected (and logged).
     */
    public synchronized boolean refresh() {
        byte[] content = readOrNull(path);
        if (Arrays.equals(content, lastContent)) {
            return false;
        }
        lastContent = content;
        FlagsFile file = parse(content);
        String invalid = file.flags().values().stream().filter(f -> !f.valid()).map(Flag::key).findFirst().orElse(null);
        // A problem outside any flag ('flags: []', flag keys dedented to the top level) would silently
        // drop every flag, kill switches included: that is a broken file too.
        boolean fileLevel = file.problems().stream().anyMatch(p -> p.flagKey() == null
                && (p.isError() || p.kind() == Problem.Kind.UNKNOWN_FIELD));
        if (!file.isReadable() || invalid != null || fileLevel) {
            LOG.log(Level.WARNING, "flags file {0} changed but is {1}; keeping the previous flags. Problems:\n  {2}",
                    path, !file.isReadable() ? "unreadable" : invalid != null ? "invalid (flag '" + invalid + "')"
                            : "not a valid flags file",
                    String.join("\n  ", file.problems().stream().map(Object::toString).toList()));
            return false;
        }
        current = FeatureFlags.from(file, environment);
        LOG.log(Level.INFO, "flags file {0} reloaded: {1} flags", path, file.flags().size());
        return true;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The poller must survive anything; a thrown exception would cancel the schedule.
            LOG.log(Level.WARNING, "checking flags file " + path + " failed; will try again", e);
        }
    }

    /** Stops the polling thread; the current snapshot keeps answering. */
    @Override
    public void close() {
        poller.shutdownNow();
    }

    /** Whether the polling thread has stopped (after {@link #close()}). */
    public boolean isClosed() {
        return poller.isTerminated();
    }

    /** The file's content parsed; a {@code null} content (unreadable) lets FlagsFile report why. */
    private FlagsFile parse(byte[] content) {
        return content == null ? FlagsFile.read(path)
                : FlagsFile.parse(path.toString(), new String(content, StandardCharsets.UTF_8),
                        Format.ofFileName(path.getFileName().toString()));
    }

    private static byte[] readOrNull(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
