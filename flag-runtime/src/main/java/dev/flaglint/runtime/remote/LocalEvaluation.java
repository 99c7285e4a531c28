package dev.flaglint.runtime.remote;

import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.model.Metadata;
import dev.flaglint.model.Problem;
import dev.flaglint.runtime.ErrorCode;
import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.FlagsListenerSupport;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link Mode#LOCAL_EVALUATION}: the service's definitions ({@code GET /flags}, with its {@code ETag}) compiled
 * into a {@link FeatureFlags} snapshot that every call evaluates: a volatile read, then flag-runtime's own
 * evaluation, so no I/O, no lock and no allocation on the caller's thread. One daemon thread syncs: at start,
 * every poll interval (jittered), and at once when the change stream reports a change, reconnects or breaks. Until
 * the service first answers, the cache file (if usable) or else the bootstrap file answers.
 */
final class LocalEvaluation implements Engine, ChangeStream.Events {

    private final ServiceClient client;
    private final String environment;
    private final Duration pollInterval;
    private final CacheFile cacheFile;
    private final ServiceHealth health;
    private final FlagsListenerSupport listeners;
    private final ScheduledExecutorService sync;
    private final ChangeStream stream;
    private final CountDownLatch firstAttempt = new CountDownLatch(1);
    private final AtomicBoolean fetchQueued = new AtomicBoolean();

    private volatile FeatureFlags snapshot;
    /** What {@link #snapshot} is, for messages: "the flags it gave at ...", "the cache file ...". */
    private volatile String answering;
    /** Whether {@link #snapshot} came from the service, in this run or through the cache file. Sync thread. */
    private boolean fromService;
    /** The ETag of the definitions in {@link #snapshot}, when they came from the service in this run. Sync thread. */
    private String etag;
    /** Sync thread. */
    private ScheduledFuture<?> nextPoll;
    private volatile long throttledUntil = System.nanoTime();
    private volatile boolean closed;

    LocalEvaluation(ServiceClient client, String environment, Duration pollInterval, boolean streaming,
                    CacheFile cacheFile, FeatureFlags bootstrap, ServiceHealth health, FlagsListenerSupport listeners) {
        this.client = client;
        this.environment = environment;
        this.pollInterval = pollInterval;
        this.cacheFile = cacheFile;
        this.health = health;
        this.listeners = listeners;
        Optional<FlagsFile> cached = cacheFile == null ? Optional.empty() : cacheFile.read();
        if (cached.isPresent()) {
            snapshot = FeatureFlags.from(cached.get(), environment);
            answering = "the cache file " + cacheFile.path() + " (what the service last gave)";
            fromService = true;
        } else if (bootstrap != null) {
            snapshot = bootstrap;
            answering = bootstrap.source() + " (the bootstrap file)";
        } else {
            answering = "nothing: every call gets the caller's default (no bootstrap file, no cache file)";
        }
        health.starting(answering, fromService);
        this.sync = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "flag-lint sync " + client.where());
            thread.setDaemon(true);
            return thread;
        });
        this.stream = streaming ? new ChangeStream(client, pollInterval, this) : null;
    }

    @Override
    public Evaluation evaluate(String key, Map<String, ?> context, boolean defaultValue) {
        FeatureFlags flags = snapshot;
        return flags != null ? flags.evaluate(key, context, defaultValue)
                : Evaluation.error(ErrorCode.PROVIDER_NOT_READY, defaultValue);
    }

    @Override
    public Optional<Metadata> metadata(String key) {
        FeatureFlags flags = snapshot;
        return flags == null ? Optional.empty() : flags.metadata(key);
    }

    @Override
    public void start(Duration wait) {
        fetchSoon();
        if (stream != null) {
            stream.start();
        }
        try {
            firstAttempt.await(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the sync thread ------------------------------------------------------------------------------------

    private void fetchSoon() {
        if (!closed && fetchQueued.compareAndSet(false, true)) {
            try {
                sync.execute(this::fetch);
            } catch (RejectedExecutionException e) {
                fetchQueued.set(false); // closed meanwhile
            }
        }
    }

    private void fetch() {
        fetchQueued.set(false);
        if (closed || health.isRefused()) {
            firstAttempt.countDown();
            return;
        }
        try {
            if (System.nanoTime() - throttledUntil >= 0) {
                handle(client.definitions(etag));
            }
        } catch (RuntimeException e) {
            // the sync thread must survive anything; a bug here must not stop the flags from updating
            ServiceHealth.LOG.log(Level.WARNING, "syncing flags from " + client.where() + " failed unexpectedly;"
                    + " will try again", e);
        } finally {
            firstAttempt.countDown();
            scheduleNextPoll();
        }
    }

    private void handle(Reply reply) {
        if (closed) {
            return; // a request cut short by close() is not an outage
        }
        if (reply instanceof Reply.Answered answered && answered.status() == 200) {
            take(answered.body(), answered.etag());
        } else if (reply instanceof Reply.Answered answered && answered.status() == 304) {
            health.reached("its flags are in use");
        } else if (reply instanceof Reply.Answered answered) {
            health.failed("GET /flags answered HTTP " + answered.status(), answering, fromService);
        } else if (reply instanceof Reply.Refused refused) {
            health.refused(refused.status(), refused.status() == 401 ? "Give it a token the service knows."
                    : "Local evaluation reads GET /flags, which needs a token of scope sdk: use one, or remote"
                    + " evaluation with a token of scope evaluate.", answering);
            if (stream != null) {
                stream.close();
            }
        } else if (reply instanceof Reply.Throttled throttled) {
            throttledUntil = System.nanoTime() + throttled.retryAfter().toNanos();
            health.throttled(throttled.retryAfter());
        } else {
            health.failed(((Reply.Failed) reply).why(), answering, fromService);
        }
    }

    /** A new version of the definitions: swapped in whole, written to the cache file, announced. */
    private void take(byte[] body, String newEtag) {
        FlagsFile file = FlagsFile.parse(client.where() + "flags", body, Format.JSON);
        Optional<Problem> error = file.problems().stream().filter(Problem::isError).findFirst();
        if (error.isPresent()) {
            health.failed("its definitions cannot be used (" + error.get() + ")", answering, fromService);
            return;
        }
        FeatureFlags previous = snapshot;
        FeatureFlags next = FeatureFlags.from(file, environment);
        snapshot = next;
        etag = newEtag;
        fromService = true;
        answering = "the flags it gave at " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        if (cacheFile != null) {
            cacheFile.write(body);
        }
        health.reached("its flags are in use");
        listeners.flagsChanged(previous == null ? next.keys() : next.changedSince(previous));
    }

    private void scheduleNextPoll() {
        if (closed || health.isRefused()) {
            return;
        }
        if (nextPoll != null) {
            nextPoll.cancel(false);
        }
        long delay = Math.max(Backoff.jittered(pollInterval).toNanos(), throttledUntil - System.nanoTime());
        try {
            nextPoll = sync.schedule(this::fetch, delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    // ---- the change stream's events (its own thread) ----------------------------------------------------------

    @Override
    public void connected() {
        fetchSoon();
    }

    @Override
    public void changed(Set<String> flags) {
        fetchSoon();
    }

    @Override
    public void disconnected(String why) {
        fetchSoon(); // is the service gone (STALE), or was it only the stream?
    }

    @Override
    public void refused(int status) {
        fetchSoon(); // GET /flags needs more than the stream does: it will be refused too, and say so
    }

    @Override
    public void throttled(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        if (until - throttledUntil > 0) {
            throttledUntil = until;
        }
    }

    @Override
    public void close() {
        closed = true;
        if (stream != null) {
            stream.close();
        }
        sync.shutdownNow();
    }
}
