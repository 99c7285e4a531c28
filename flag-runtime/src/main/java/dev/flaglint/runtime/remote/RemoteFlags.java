package dev.flaglint.runtime.remote;

import dev.flaglint.model.Metadata;
import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.FlagsListener;
import dev.flaglint.runtime.FlagsListenerSupport;
import dev.flaglint.runtime.FlagsStatus;
import dev.flaglint.runtime.ObservableFlags;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The flags of a flag service ({@code flag-server}), for an application: a {@link dev.flaglint.runtime.Flags} that
 * never throws and never makes a call wait longer than the timeout (500 ms by default).
 *
 * <pre>{@code
 * RemoteFlags flags = RemoteFlags.builder(URI.create("http://flags:8080")).token(System.getenv("FLAGS_TOKEN")).build();
 * boolean on = flags.isEnabled("new-checkout", FlagContext.targeting("user-42").with("plan", "enterprise"));
 * String color = flags.stringValue("checkout-button", FlagContext.targeting("user-42"), "blue");
 * }</pre>
 *
 * <p>By default ({@link Mode#LOCAL_EVALUATION}) it keeps the service's definitions and evaluates them in the
 * application: a call does no I/O at all and costs what a flags file costs. With
 * {@link RemoteFlagsBuilder#remoteEvaluation()} the service evaluates (OFREP), and answers are cached. Until the
 * service first answers — and whenever it was never reached — the flags file the build checked (the classpath
 * {@code flags.yaml}) answers: the answers the code was tested with. A {@link RemoteFlagsBuilder#cacheFile cache
 * file} keeps the last definitions the service gave across restarts. {@link #status()} says how current the answers
 * are; listeners hear of changes. Close it to stop its threads.
 */
public final class RemoteFlags implements ObservableFlags, AutoCloseable {

    private final String where;
    private final Mode mode;
    private final Engine engine;
    private final FlagsListenerSupport listeners;
    private final ExecutorService events;

    RemoteFlags(String where, Mode mode, Engine engine, FlagsListenerSupport listeners, ExecutorService events) {
        this.where = where;
        this.mode = mode;
        this.engine = engine;
        this.listeners = listeners;
        this.events = events;
    }

    /** A builder for the service at {@code service} ({@code http://flags:8080}, or with a path prefix). */
    public static RemoteFlagsBuilder builder(URI service) {
        return new RemoteFlagsBuilder(service);
    }

    /**
     * The flag's evaluation. Never throws, and in local evaluation never waits (no I/O on this thread); in remote
     * evaluation it waits at most the timeout. When the service cannot answer, the last answer, the bootstrap file or
     * {@code defaultValue} answers (see the class comment).
     */
    @Override
    public Evaluation evaluate(String key, Map<String, ?> context, boolean defaultValue) {
        return engine.evaluate(key, context, defaultValue);
    }

    @Override
    public Optional<Metadata> metadata(String key) {
        return engine.metadata(key);
    }

    @Override
    public FlagsStatus status() {
        return listeners.status();
    }

    @Override
    public String statusDetail() {
        return listeners.detail();
    }

    /** Listeners run on a thread of this client's, one event at a time, never on a caller's. */
    @Override
    public void addListener(FlagsListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(FlagsListener listener) {
        listeners.remove(listener);
    }

    public Mode mode() {
        return mode;
    }

    /** Stops syncing and streaming; the flags in use keep answering. */
    @Override
    public void close() {
        engine.close();
        events.shutdown();
    }

    /** {@code RemoteFlags[http://flags:8080/, LOCAL_EVALUATION, READY]}: never the token. */
    @Override
    public String toString() {
        return "RemoteFlags[" + where + ", " + mode + ", " + status() + "]";
    }
}
