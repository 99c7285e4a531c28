package dev.flaglint.runtime.remote;

import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.FlagsListenerSupport;
import dev.flaglint.runtime.FlagsStatus;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Settings of a {@link RemoteFlags}; each has a default, so {@code RemoteFlags.builder(uri).build()} works against a
 * service without tokens on the same machine. Not thread-safe; {@link #build()} may be called more than once.
 */
public final class RemoteFlagsBuilder {

    /** How long a request may take before it counts as failed, and the longest any call waits. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(500);
    /** How often the definitions are fetched (the change stream brings changes sooner). */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(30);
    /** How long a remote evaluation's answer is used before the service is asked again. */
    public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(30);
    /** How many answers of remote evaluation are kept (flag and context each). */
    public static final int DEFAULT_CACHE_SIZE = 10_000;
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(1);

    private final URI service;
    private String token;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Mode mode = Mode.LOCAL_EVALUATION;
    private String environment = FeatureFlags.defaultEnvironment();
    private boolean bootstrapFromClasspath = true;
    private FeatureFlags bootstrap;
    private Path cacheFile;
    private Duration pollInterval = DEFAULT_POLL_INTERVAL;
    private boolean streaming = true;
    private Duration cacheTtl = DEFAULT_CACHE_TTL;
    private int cacheSize = DEFAULT_CACHE_SIZE;

    RemoteFlagsBuilder(URI service) {
        Objects.requireNonNull(service, "service");
        String scheme = service.getScheme() == null ? "" : service.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || service.getHost() == null) {
            throw new IllegalArgumentException("the flag service is an http:// or https:// address with a host, such as"
                    + " http://flags:8080; got " + ServiceClient.where(service));
        }
        if (service.getRawQuery() != null || service.getRawFragment() != null) {
            throw new IllegalArgumentException("the flag service address takes no query or fragment: "
                    + ServiceClient.where(service));
        }
        String path = service.getRawPath() == null ? "" : service.getRawPath();
        this.service = service.resolve(path.endsWith("/") ? path : path + "/");
    }

    /**
     * The token sent as {@code Authorization: Bearer <token>}; {@code null} or blank sends none (a service without
     * tokens, on loopback). Local evaluation needs scope {@code sdk}, remote evaluation {@code evaluate}. It is never
     * logged.
     */
    public RemoteFlagsBuilder token(String token) {
        if (token != null && token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("the token holds a space, a line break or a character outside ASCII;"
                    + " check how it is read (a trailing newline from a file?)");
        }
        this.token = token == null || token.isBlank() ? null : token;
        return this;
    }

    /** How long a request may take (default 500 ms), and so the longest a call ever waits: 1 ms to 1 min. */
    public RemoteFlagsBuilder timeout(Duration timeout) {
        this.timeout = within("timeout", timeout, Duration.ofMillis(1), MAX_TIMEOUT);
        return this;
    }

    /** Evaluate in the service (OFREP) instead of in the application: the rules never leave the service. */
    public RemoteFlagsBuilder remoteEvaluation() {
        return mode(Mode.REMOTE_EVALUATION);
    }

    public RemoteFlagsBuilder mode(Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /**
     * The environment local evaluation and the bootstrap file evaluate in (the flags' {@code environments:});
     * default as {@link FeatureFlags#load(Path)}: {@code -Dflags.env}, else {@code FLAGS_ENV}, else none. Remote
     * evaluation answers in the service's environment ({@code --env}).
     */
    public RemoteFlagsBuilder environment(String environment) {
        this.environment = environment;
        return this;
    }

    /**
     * What answers before the service first does and whenever it was never reached. By default the flags file on the
     * classpath ({@code flags.yaml}, {@code flags.yml} or {@code flags.json}: the file the build checked), if any.
     */
    public RemoteFlagsBuilder bootstrap(FeatureFlags flags) {
        this.bootstrap = Objects.requireNonNull(flags, "flags");
        this.bootstrapFromClasspath = false;
        return this;
    }

    /** Nothing answers before the service does: every call gets the caller's default (PROVIDER_NOT_READY). */
    public RemoteFlagsBuilder noBootstrap() {
        this.bootstrap = null;
        this.bootstrapFromClasspath = false;
        return this;
    }

    /**
     * Local evaluation: keep the last definitions the service gave in {@code file} (written atomically, readable by
     * the owner only), and answer from it at start until the service answers, so a restart during an outage answers
     * as the service last did. A file that cannot be used is ignored, with a log line. None by default.
     */
    public RemoteFlagsBuilder cacheFile(Path file) {
        this.cacheFile = file;
        return this;
    }

    /** How often the definitions are fetched (default 30 s, 10 % jitter); at least 10 ms. */
    public RemoteFlagsBuilder pollInterval(Duration interval) {
        this.pollInterval = within("poll interval", interval, Duration.ofMillis(10), Duration.ofDays(1));
        return this;
    }

    /** Follow the service's change stream (default true): changes arrive at once instead of at the next poll. */
    public RemoteFlagsBuilder streaming(boolean streaming) {
        this.streaming = streaming;
        return this;
    }

    /** Remote evaluation: how long an answer is used (default 30 s); zero asks every time. */
    public RemoteFlagsBuilder cacheTtl(Duration ttl) {
        this.cacheTtl = within("cache TTL", ttl, Duration.ZERO, Duration.ofDays(1));
        return this;
    }

    /** Remote evaluation: how many answers are kept (default 10,000; 0: none). */
    public RemoteFlagsBuilder cacheSize(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("the cache size is 0 or more, got " + size);
        }
        this.cacheSize = size;
        return this;
    }

    /**
     * Starts the client and waits at most the timeout for the service's first answer (so it is usually
     * {@link FlagsStatus#READY} when this returns); never fails because the service is away.
     */
    public RemoteFlags build() {
        ExecutorService events = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "flag-lint events " + ServiceClient.where(service));
            thread.setDaemon(true);
            return thread;
        });
        FlagsListenerSupport listeners = new FlagsListenerSupport(FlagsStatus.ERROR, "not started", events);
        ServiceClient client = new ServiceClient(service, token, timeout);
        ServiceHealth health = new ServiceHealth(client.where(), listeners);
        FeatureFlags fallback = bootstrapFromClasspath ? FeatureFlags.classpathResource()
                .map(name -> FeatureFlags.fromClasspath(name, environment)).orElse(null) : bootstrap;
        Engine engine = mode == Mode.LOCAL_EVALUATION
                ? new LocalEvaluation(client, environment, pollInterval, streaming,
                cacheFile == null ? null : new CacheFile(cacheFile), fallback, health, listeners)
                : new RemoteEvaluation(client, new EvaluationCache(cacheSize, cacheTtl.toNanos()), fallback,
                pollInterval, streaming, health);
        RemoteFlags flags = new RemoteFlags(client.where(), mode, engine, listeners, events);
        engine.start(timeout);
        return flags;
    }

    private static Duration within(String what, Duration value, Duration min, Duration max) {
        Objects.requireNonNull(value, what);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException("the " + what + " is from " + min + " to " + max + ", got " + value);
        }
        return value;
    }
}
