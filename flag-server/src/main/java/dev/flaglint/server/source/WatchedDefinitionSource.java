package dev.flaglint.server.source;

import dev.flaglint.model.Format;
import dev.flaglint.model.Problem;
import dev.flaglint.runtime.FlagsFileWatcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The flags file as flag-runtime's {@link FlagsFileWatcher} follows it, so the service takes a new version
 * exactly when an application's {@code ReloadingFeatureFlags} would: only once it is complete (renamed into
 * place, or unchanged over two polls) and free of errors. A refused version is kept for {@code /readyz} while
 * the last good one keeps serving.
 */
public final class WatchedDefinitionSource implements DefinitionSource {

    private final FlagsFileWatcher watcher;
    private final Format format;
    private final List<Consumer<Definitions>> listeners = new CopyOnWriteArrayList<>();
    private volatile Definitions current;

    private WatchedDefinitionSource(FlagsFileWatcher watcher, Definitions first) {
        this.watcher = watcher;
        this.format = Format.ofFileName(String.valueOf(watcher.path().getFileName()));
        this.current = first;
        watcher.onChange(version -> {
            Definitions next = definitions(version, format);
            current = next;
            for (Consumer<Definitions> listener : listeners) {
                listener.accept(next);
            }
        });
    }

    /**
     * Reads {@code path} now and, with {@code interval} positive, polls it that often.
     *
     * @throws InvalidDefinitionsException when the file cannot be read or has errors: a server must not start
     *                                     on a file it cannot serve
     */
    public static WatchedDefinitionSource open(Path path, Duration interval) {
        FlagsFileWatcher watcher = new FlagsFileWatcher(path.toAbsolutePath().normalize());
        Optional<FlagsFileWatcher.Version> first = watcher.current();
        if (first.isEmpty()) {
            watcher.close();
            List<Problem> problems = watcher.lastRejection().map(FlagsFileWatcher.Rejection::problems).orElse(List.of());
            throw new InvalidDefinitionsException(watcher.path().toString(), problems);
        }
        Format format = Format.ofFileName(String.valueOf(watcher.path().getFileName()));
        WatchedDefinitionSource source = new WatchedDefinitionSource(watcher, definitions(first.get(), format));
        if (!interval.isZero() && !interval.isNegative()) {
            watcher.start(interval);
        }
        return source;
    }

    @Override
    public Definitions current() {
        return current;
    }

    @Override
    public Optional<RejectedVersion> rejected() {
        return watcher.lastRejection().map(r -> new RejectedVersion(r.rejectedAt(), r.first().toString(),
                r.problems().size()));
    }

    @Override
    public String location() {
        return watcher.path().toString();
    }

    @Override
    public void subscribe(Consumer<Definitions> listener) {
        listeners.add(listener);
    }

    /** Looks at the file once; true when a new version was taken (listeners have run by then). */
    public boolean poll() {
        return watcher.refresh() == FlagsFileWatcher.Outcome.ACCEPTED;
    }

    @Override
    public void close() {
        watcher.close();
    }

    private static Definitions definitions(FlagsFileWatcher.Version version, Format format) {
        return new Definitions(version.file(), version.text(), format, version.sha256(), version.acceptedAt());
    }
}
