package dev.flaglint.runtime;

import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.model.Problem;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Follows a flags file and takes a new version only when it is whole: complete, and free of errors.
 *
 * <p>Polling, not a {@code WatchService}: it behaves the same on every file system (network mounts,
 * Kubernetes ConfigMap volumes, editors that save by rename). Each poll reads the file (at most
 * {@link dev.flaglint.model.Limits#MAX_FILE_BYTES}). A new content is <em>complete</em> when
 * <ul>
 *   <li>it replaced the previous file by a rename: the file's identity (inode) changed and it did not change
 *       while being read. {@code mv}, editors' atomic saves and a ConfigMap's {@code ..data} symlink swap
 *       all look like this, and their new file was written in full before it appeared; or</li>
 *   <li>two consecutive polls saw the same identity, size, modification time and content. A file written
 *       in place ({@code cp}, {@code kubectl cp}, an editor without atomic save) passes through its prefixes,
 *       and a prefix is seen at most once unless the writer stalls for a whole interval.</li>
 * </ul>
 * A complete content is taken only if it parses without errors, without a problem outside any flag
 * (a mistyped top-level field would drop every flag, kill switches included) and without an unknown field (a
 * mistyped {@code enabeld: false} would turn a kill switch on). Otherwise it is rejected: the
 * version in use stays, the rejection is logged once, and {@link #lastRejection()} says why until the file is
 * usable again. A taken version replaces {@link #current()} atomically and is handed to each listener.
 *
 * <p>The file is read once when the watcher is created and taken as it is then, like
 * {@link FeatureFlags#load}: there is no earlier version to keep. Thread-safe; the poller survives anything a
 * file or a listener can do. Close it to stop the poller.
 */
public final class FlagsFileWatcher implements AutoCloseable {

    /** How often the file is checked unless told otherwise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

    private static final System.Logger LOG = System.getLogger(FlagsFileWatcher.class.getPackageName());
    /** At most this many problems are logged for a rejected version; a hostile file can have thousands. */
    private static final int LOGGED_PROBLEMS = 20;

    /** What a {@link #refresh()} did. */
    public enum Outcome {
        /** The file holds the version in use, or one already rejected. */
        UNCHANGED,
        /** The file changed, but it may still be being written: it is looked at again at the next poll. */
        WAITING,
        /** A new version was taken. */
        ACCEPTED,
        /** A new, complete version has errors and was not taken. */
        REJECTED
    }

    /**
     * A version of the file that was taken.
     *
     * @param file       the parsed file
     * @param text       the file's text (it is valid UTF-8, or it would not have been taken; a byte order mark
     *                   dropped), for a caller that also reads it another way, e.g. as a JSON tree
     * @param sha256     the SHA-256 of the file's bytes, in hex: the same bytes give the same value everywhere
     * @param acceptedAt when it was taken
     */
    public record Version(FlagsFile file, String text, String sha256, Instant acceptedAt) {
    }

    /**
     * A complete version of the file that was not taken, and why.
     *
     * @param file       the parsed file (no flags, one problem, when it could not be read)
     * @param sha256     the SHA-256 of its bytes, or {@code null} when it could not be read
     * @param rejectedAt when it was rejected
     */
    public record Rejection(FlagsFile file, String sha256, Instant rejectedAt) {

        /** The problems that stopped it, in file order, each with file:line:column: never empty. */
        public List<Problem> problems() {
            return file.problems().stream().filter(FlagsFileWatcher::blocks).toList();
        }

        /** The first problem that stopped it. */
        public Problem first() {
            return problems().get(0);
        }

        /** The first problem, and how many more there are: one line for logs and readiness checks. */
        public String summary() {
            int more = problems().size() - 1;
            return first() + (more > 0 ? " (and " + more + " more)" : "");
        }
    }

    private final Path path;
    private final String source;
    private final Format format;
    private final List<Consumer<Version>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Optional<Rejection>>> rejectionListeners = new CopyOnWriteArrayList<>();
    private final Object lifecycle = new Object();
    private volatile Version current;
    private volatile Rejection lastRejection;
    /** What the last poll saw; guarded by {@code this}. */
    private Observation lastSeen;
    /** Identifies the content (or read failure) last rejected, so it is not parsed and logged again. */
    private String rejectedId;
    /** Guarded by {@code lifecycle}. */
    private ScheduledExecutorService poller;
    private volatile boolean closed;

    /**
     * Reads {@code path} now and takes it as it is, if it has no errors (else {@link #lastRejection()} says why).
     * Nothing polls until {@link #start(Duration)}; {@link #refresh()} polls once. Never throws.
     */
    public FlagsFileWatcher(Path path) {
        this.path = path;
        this.source = path.toString();
        this.format = Format.ofFileName(String.valueOf(path.getFileName()));
        synchronized (this) {
            lastSeen = Observation.of(path);
            take(lastSeen, false);
        }
    }

    /** Polls every {@code interval} on a daemon thread until {@link #close()}. Returns this watcher. */
    public FlagsFileWatcher start(Duration interval) {
        synchronized (lifecycle) {
            if (closed || poller != null) {
                throw new IllegalStateException(closed ? "the watcher is closed" : "the watcher is already started");
            }
            poller = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "flag-runtime watch " + path.getFileName());
                thread.setDaemon(true);
                return thread;
            });
            long millis = Math.max(1, interval.toMillis());
            poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Calls {@code listener} with each version taken from now on, on the polling thread (keep it short). */
    public void onChange(Consumer<Version> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Calls {@code listener} whenever {@link #lastRejection()} changes from now on, on the polling thread: with the
     * rejection when a complete new version is refused, with empty when the file is usable again (a version taken,
     * or the file back to the version in use). Keep it short.
     */
    public void onRejectionChange(Consumer<Optional<Rejection>> listener) {
        rejectionListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The version in use; empty until the file has been read without errors once. */
    public Optional<Version> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Why the newest complete version of the file is not in use, or empty when it is (or when it may still be
     * being written). A readiness check can show {@link Rejection#summary()}.
     */
    public Optional<Rejection> lastRejection() {
        return Optional.ofNullable(lastRejection);
    }

    /** The file followed. */
    public Path path() {
        return path;
    }

    /**
     * Polls once, now: what the poller does every interval. An in-place change is taken at the second poll that
     * sees it unchanged; a change by rename at the first.
     */
    public synchronized Outcome refresh() {
        Observation seen = Observation.of(path);
        Observation previous = lastSeen;
        lastSeen = seen;
        Version inUse = current;
        if (inUse != null && seen.error() == null && seen.sha256().equals(inUse.sha256())) {
            if (lastRejection != null) {
                LOG.log(Level.INFO, "flags file {0} is back to the version in use", path);
                rejectedId = null;
                rejection(null);
            }
            return Outcome.UNCHANGED;
        }
        if (seen.id().equals(rejectedId)) {
            return Outcome.UNCHANGED;
        }
        boolean complete = seen.sameAs(previous) || seen.replaced(previous);
        return complete ? take(seen, true) : Outcome.WAITING;
    }

    private Outcome take(Observation seen, boolean changed) {
        FlagsFile file = seen.error() == null ? FlagsFile.parse(source, seen.content(), format)
                : FlagsFile.unreadable(source, seen.error());
        if (file.problems().stream().anyMatch(FlagsFileWatcher::blocks)) {
            Rejection rejection = new Rejection(file, seen.sha256(), Instant.now());
            rejectedId = seen.id();
            if (changed) {
                logRejection(rejection);
            }
            rejection(rejection);
            return Outcome.REJECTED;
        }
        String text = new String(seen.content(), StandardCharsets.UTF_8);
        Version version = new Version(file, text.startsWith("\uFEFF") ? text.substring(1) : text, seen.sha256(),
                Instant.now());
        current = version;
        rejectedId = null;
        rejection(null);
        if (changed) {
            LOG.log(Level.INFO, "flags file {0} reloaded: {1} flags (sha256 {2})", path, file.flags().size(),
                    version.sha256().substring(0, 12));
            for (Consumer<Version> listener : listeners) {
                try {
                    listener.accept(version);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a listener of flags file " + path + " failed on the new version", e);
                }
            }
        }
        return Outcome.ACCEPTED;
    }

    /** Sets {@link #lastRejection()} and tells the listeners when it changed. */
    private void rejection(Rejection rejection) {
        Rejection previous = lastRejection;
        lastRejection = rejection;
        if (previous == rejection) {
            return;
        }
        for (Consumer<Optional<Rejection>> listener : rejectionListeners) {
            try {
                listener.accept(Optional.ofNullable(rejection));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a listener of flags file " + path + " failed on a rejection", e);
            }
        }
    }

    private void logRejection(Rejection rejection) {
        List<Problem> problems = rejection.problems();
        String listed = problems.stream().limit(LOGGED_PROBLEMS).map(Object::toString)
                .collect(Collectors.joining("\n  "));
        LOG.log(Level.WARNING, "flags file {0} changed but cannot be used; {1}. Problems:\n  {2}{3}", path,
                current == null ? "no version of it is in use yet" : "keeping the version in use",
                listed, problems.size() > LOGGED_PROBLEMS ? "\n  ... and " + (problems.size() - LOGGED_PROBLEMS)
                        + " more" : "");
    }

    /**
     * Errors; any problem outside a flag (a mistyped top-level field would silently drop every flag); and an
     * unknown field in a flag: a mistyped {@code enabeld: false} would silently turn a kill switch on.
     */
    private static boolean blocks(Problem p) {
        return p.isError() || p.flagKey() == null || p.kind() == Problem.Kind.UNKNOWN_FIELD;
    }

    private void poll() {
        if (closed) {
            return;
        }
        try {
            refresh();
        } catch (Throwable e) {
            // The poller must survive anything: a thrown exception would cancel the schedule.
            if (!closed) {
                LOG.log(Level.WARNING, "checking flags file " + path + " failed; will try again", e);
            }
        }
    }

    /** Stops the poller; {@link #current()} stays. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            closed = true;
            if (poller != null) {
                poller.shutdownNow();
            }
        }
    }

    /** Whether the watcher is closed and its poller (if it was started) has stopped. */
    public boolean isClosed() {
        synchronized (lifecycle) {
            return closed && (poller == null || poller.isTerminated());
        }
    }

    /**
     * The file as one poll saw it: identity, size, modification time and content, or why it could not be
     * read. {@code steady} is false when its attributes changed while it was being read.
     */
    private record Observation(Object fileKey, long size, FileTime modified, byte[] content, String sha256,
                               IOException error, boolean steady) {

        static Observation of(Path path) {
            try {
                BasicFileAttributes before = Files.readAttributes(path, BasicFileAttributes.class);
                byte[] content = FlagsFile.readBytes(path);
                BasicFileAttributes after = Files.readAttributes(path, BasicFileAttributes.class);
                boolean steady = Objects.equals(before.fileKey(), after.fileKey()) && before.size() == after.size()
                        && before.lastModifiedTime().equals(after.lastModifiedTime());
                return new Observation(after.fileKey(), after.size(), after.lastModifiedTime(), content,
                        sha256(content), null, steady);
            } catch (IOException e) {
                return new Observation(null, -1, null, null, null, e, true);
            } catch (RuntimeException e) { // a file system that refuses in its own way: unreadable too
                return new Observation(null, -1, null, null, null, new IOException(e.toString(), e), true);
            }
        }

        /** The content's hash, or the read failure: what a rejection is remembered by. */
        String id() {
            return error == null ? sha256 : "unreadable: " + error;
        }

        /** Seen the same by two consecutive polls (the same failure counts too: a deleted file stays deleted). */
        boolean sameAs(Observation o) {
            return o != null && steady && o.steady && id().equals(o.id()) && Objects.equals(fileKey, o.fileKey)
                    && size == o.size && Objects.equals(modified, o.modified);
        }

        /** A different file now stands at the path (renamed over it), read while it did not change. */
        boolean replaced(Observation o) {
            return o != null && steady && error == null && o.error == null && fileKey != null && o.fileKey != null
                    && !fileKey.equals(o.fileKey);
        }

        private static String sha256(byte[] content) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
