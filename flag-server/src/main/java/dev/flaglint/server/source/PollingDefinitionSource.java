package dev.flaglint.server.source;

import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.model.Position;
import dev.flaglint.model.Problem;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Follows a flags file by polling it. A changed content is taken only once it is <em>stable</em> (the same on
 * two polls in a row, so a file still being written is not read half-way) and has no errors; a version with
 * errors is logged with every problem's file:line, kept for {@code /readyz}, and the last good version stays.
 * Polling rather than a {@code WatchService}: it behaves the same on every file system, including Kubernetes
 * ConfigMap symlink swaps and editors that save by rename.
 */
public final class PollingDefinitionSource implements DefinitionSource {

    private static final System.Logger LOG = System.getLogger(PollingDefinitionSource.class.getName());

    private final Path path;
    private final Format format;
    private final Clock clock;
    private final List<Consumer<Definitions>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller;

    private volatile Definitions current;
    private volatile RejectedVersion rejected;
    /**
     * Guarded by {@code this}: the bytes in force, the bytes last decided on (taken or refused), and a changed
     * content seen once, waiting to be stable.
     */
    private byte[] accepted;
    private byte[] decided;
    private byte[] pending;

    private PollingDefinitionSource(Path path, Clock clock, Duration interval, byte[] content, Definitions first) {
        this.path = path;
        this.format = Format.ofFileName(path.getFileName().toString());
        this.clock = clock;
        this.accepted = content;
        this.decided = content;
        this.current = first;
        this.poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "flag-server watch " + path.getFileName());
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(10, interval.toMillis());
        poller.scheduleWithFixedDelay(this::pollQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Reads {@code path} now and starts polling it every {@code interval}.
     *
     * @throws InvalidDefinitionsException when the file cannot be read or has errors: a server must not start
     *                                     on a file it cannot serve
     */
    public static PollingDefinitionSource open(Path path, Duration interval, Clock clock) {
        Path file = path.toAbsolutePath().normalize();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            Problem problem = FlagsFile.read(file).problems().stream().findFirst()
                    .orElse(new Problem(Problem.Kind.SYNTAX, Problem.Severity.ERROR, file.toString(),
                            new Position(1, 1), null, null, "cannot read the file: " + e));
            throw new InvalidDefinitionsException(file.toString(), List.of(problem));
        }
        Definitions first = parse(file, content, clock);
        List<Problem> errors = errors(first);
        if (!errors.isEmpty()) {
            throw new InvalidDefinitionsException(file.toString(), errors);
        }
        return new PollingDefinitionSource(file, clock, interval, content, first);
    }

    @Override
    public Definitions current() {
        return current;
    }

    @Override
    public Optional<RejectedVersion> rejected() {
        return Optional.ofNullable(rejected);
    }

    @Override
    public String location() {
        return path.toString();
    }

    @Override
    public void subscribe(Consumer<Definitions> listener) {
        listeners.add(listener);
    }

    /**
     * Looks at the file once. Returns true when a new version was taken. A changed content is taken on the
     * second look that finds it unchanged.
     */
    public synchronized boolean poll() {
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            // Mid-swap (ConfigMap update, save by rename) a file can vanish for a moment; keep serving.
            if (rejected == null || !rejected.firstProblem().contains("cannot read")) {
                LOG.log(Level.WARNING, "cannot read {0} ({1}); keeping the flags in force", path, e.toString());
            }
            rejected = new RejectedVersion(clock.instant(), path + ":1:1: cannot read the file: " + e, 1);
            pending = null;
            return false;
        }
        if (Arrays.equals(content, decided)) {
            pending = null;
            if (decided == accepted) {
                rejected = null; // readable again, and still the version in force
            }
            return false;
        }
        if (!Arrays.equals(content, pending)) {
            pending = content; // wait for it to be stable
            return false;
        }
        pending = null;
        Definitions next = parse(path, content, clock);
        List<Problem> errors = errors(next);
        if (!errors.isEmpty()) {
            if (rejected == null || !rejected.firstProblem().equals(errors.get(0).toString())) {
                LOG.log(Level.WARNING, "{0} changed but has {1} error(s); still serving the previous version. {2}",
                        path, errors.size(), String.join("; ", errors.stream().map(Problem::toString).toList()));
            }
            rejected = new RejectedVersion(clock.instant(), errors.get(0).toString(), errors.size());
            decided = content; // do not parse the same broken bytes again on every poll
            return false;
        }
        accepted = content;
        decided = content;
        rejected = null;
        current = next;
        LOG.log(Level.INFO, "{0} reloaded: {1} flags (version {2})", path, next.file().flags().size(),
                next.version().substring(0, 12));
        for (Consumer<Definitions> listener : listeners) {
            listener.accept(next);
        }
        return true;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // The poller must survive anything: a thrown exception would cancel the schedule.
            LOG.log(Level.WARNING, "checking " + path + " failed; will try again", e);
        }
    }

    private static Definitions parse(Path path, byte[] content, Clock clock) {
        return Definitions.parse(path.toString(), new String(content, StandardCharsets.UTF_8),
                Format.ofFileName(path.getFileName().toString()), clock.instant());
    }

    private static List<Problem> errors(Definitions definitions) {
        return definitions.file().problems().stream().filter(Problem::isError).toList();
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
