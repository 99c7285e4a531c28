package dev.flaglint.runtime.remote;

import dev.flaglint.model.Flag;
import dev.flaglint.model.Metadata;
import dev.flaglint.runtime.ErrorCode;
import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.FeatureFlags;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link Mode#REMOTE_EVALUATION}: each flag and context is asked of the service (OFREP) and the answer cached for a
 * while. A call waits at most the timeout. After a failure the service is left alone for a {@link Backoff}, then
 * one call tries it again while the others answer at once from what is there: the last answer for that flag and
 * context however old, else the bootstrap file, else the caller's default. A 429 pauses the asking for its
 * Retry-After; a refused token ends it. The change stream, when followed, drops the answers of flags that changed.
 */
final class RemoteEvaluation implements Engine, ChangeStream.Events {

    private static final String EMPTY_CONTEXT = "{}";

    private final ServiceClient client;
    private final EvaluationCache cache;
    private final FeatureFlags bootstrap;
    private final ServiceHealth health;
    private final ChangeStream stream;
    private final Map<String, Metadata> metadata = new ConcurrentHashMap<>();
    /** Guarded by {@code this}. */
    private final Backoff backoff;
    private final AtomicBoolean probing = new AtomicBoolean();
    private final AtomicBoolean contextFailureLogged = new AtomicBoolean();
    /** No request before this {@link System#nanoTime()}: after a failure, or as a 429 asked. */
    private volatile long pausedUntil = System.nanoTime();
    /** The last request failed: the next one is a single probe. */
    private volatile boolean failing;
    private volatile boolean answered;

    RemoteEvaluation(ServiceClient client, EvaluationCache cache, FeatureFlags bootstrap, Duration maxBackoff,
                     boolean streaming, ServiceHealth health) {
        this.client = client;
        this.cache = cache;
        this.bootstrap = bootstrap;
        this.health = health;
        this.backoff = new Backoff(Duration.ofSeconds(1), maxBackoff);
        this.stream = streaming ? new ChangeStream(client, maxBackoff, this) : null;
        health.starting(answering(), false);
    }

    /**
     * Asks for every flag with an empty context: whether the service answers, and each flag's metadata. The one
     * request is bounded by the client's timeout, which is {@code wait}.
     */
    @Override
    public void start(Duration wait) {
        askForEverything();
        if (stream != null) {
            stream.start();
        }
    }

    /** One bulk evaluation with no context: the answers that need none, and whether the service answers at all. */
    private void askForEverything() {
        Reply reply = client.evaluateAll(Ofrep.body(EMPTY_CONTEXT));
        long now = System.nanoTime();
        if (reply instanceof Reply.Answered answered && answered.status() == 200) {
            Ofrep.answers(answered.body()).forEach((key, answer) -> remember(key, EMPTY_CONTEXT, answer, now));
            pausedUntil = now; // it answers: the next call asks it rather than waiting out a failure's pause
            succeeded();
        } else {
            failed(reply, now);
        }
    }

    @Override
    public Evaluation evaluate(String key, Map<String, ?> context, boolean defaultValue) {
        if (key == null || !Flag.isValidKey(key)) {
            return Evaluation.error(ErrorCode.FLAG_NOT_FOUND, defaultValue);
        }
        String contextJson;
        try {
            contextJson = Ofrep.context(context);
        } catch (RuntimeException e) {
            if (contextFailureLogged.compareAndSet(false, true)) {
                ServiceHealth.LOG.log(Level.WARNING, "a context could not be read (its map or a value threw); such"
                        + " calls get their default with GENERAL. Logged once", e);
            }
            return Evaluation.error(ErrorCode.GENERAL, defaultValue);
        }
        String cacheKey = EvaluationCache.key(key, contextJson);
        EvaluationCache.Entry cached = cache.get(cacheKey);
        long now = System.nanoTime();
        if (cached != null && cached.fresh(now)) {
            return cached.answer().evaluation(defaultValue);
        }
        boolean probe = failing;
        if (health.isRefused() || now - pausedUntil < 0 || (probe && !probing.compareAndSet(false, true))) {
            return fallback(cached, key, context, defaultValue);
        }
        try {
            Reply reply = client.evaluate(key, Ofrep.body(contextJson));
            long after = System.nanoTime();
            Ofrep.Answer answer = reply instanceof Reply.Answered a && (a.status() == 200 || a.status() == 400
                    || a.status() == 404) ? Ofrep.answer(a.body()) : null;
            if (answer == null) {
                failed(reply instanceof Reply.Answered a ? new Reply.Failed("OFREP answered HTTP " + a.status()
                        + " without an OFREP body") : reply, after);
                return fallback(cached, key, context, defaultValue);
            }
            remember(key, contextJson, answer, after);
            succeeded();
            return answer.evaluation(defaultValue);
        } finally {
            if (probe) {
                probing.set(false);
            }
        }
    }

    private void remember(String key, String contextJson, Ofrep.Answer answer, long now) {
        cache.put(EvaluationCache.key(key, contextJson), answer, now);
        if (answer.metadata() != null) {
            metadata.put(key, answer.metadata());
        }
    }

    private Evaluation fallback(EvaluationCache.Entry cached, String key, Map<String, ?> context,
                                boolean defaultValue) {
        if (cached != null) {
            return cached.answer().evaluation(defaultValue);
        }
        return bootstrap != null ? bootstrap.evaluate(key, context, defaultValue)
                : Evaluation.error(ErrorCode.PROVIDER_NOT_READY, defaultValue);
    }

    private void succeeded() {
        synchronized (this) {
            backoff.reset();
        }
        failing = false;
        answered = true;
        health.reached("it evaluates the flags");
    }

    private void failed(Reply reply, long now) {
        if (reply instanceof Reply.Refused refused) {
            health.refused(refused.status(), refused.status() == 401 ? "Give it a token the service knows."
                    : "Remote evaluation needs a token of scope evaluate.", answering());
            if (stream != null) {
                stream.close();
            }
        } else if (reply instanceof Reply.Throttled throttled) {
            pausedUntil = now + throttled.retryAfter().toNanos();
            health.throttled(throttled.retryAfter());
        } else {
            Duration wait;
            synchronized (this) {
                wait = backoff.next();
            }
            pausedUntil = now + wait.toNanos();
            failing = true;
            String why = reply instanceof Reply.Failed failed ? failed.why()
                    : "it answered HTTP " + ((Reply.Answered) reply).status();
            health.failed(why, answering(), answered);
        }
    }

    private String answering() {
        String before = answered ? "the answers it gave before (each for its flag and context), else " : "";
        return before + (bootstrap != null ? bootstrap.source() + " (the bootstrap file)"
                : "the caller's default (no bootstrap file)");
    }

    @Override
    public Optional<Metadata> metadata(String key) {
        Metadata m = key == null ? null : metadata.get(key);
        if (m != null) {
            return Optional.of(m);
        }
        return bootstrap == null ? Optional.empty() : bootstrap.metadata(key);
    }

    // ---- the change stream's events -----------------------------------------------------------------------------

    @Override
    public void connected() {
        cache.clear(); // what changed while it was away is not replayed
        if ((failing || !answered) && !health.isRefused()) {
            askForEverything(); // the service is back: READY now, not at the next call's probe
        }
    }

    @Override
    public void changed(Set<String> flags) {
        if (flags == null) {
            cache.clear();
        } else {
            cache.invalidate(flags);
        }
    }

    @Override
    public void disconnected(String why) {
        // the calls find out for themselves whether the service is there
    }

    @Override
    public void refused(int status) {
        // the calls are refused too, and say so
    }

    @Override
    public void throttled(Duration wait) {
        // the stream waits; the calls learn of their own 429s
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
