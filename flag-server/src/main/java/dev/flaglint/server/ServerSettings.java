package dev.flaglint.server;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Everything a {@link FlagServer} is started with. Build with {@link #builder(Path)}; every setting but the
 * flags file has the default the command line documents.
 */
public final class ServerSettings {

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final Path DEFAULT_DATA = Path.of("flag-server-data");
    public static final double DEFAULT_RATE_LIMIT = 10_000;

    final Path flags;
    final String bind;
    final int port;
    final String environment;
    final Path data;
    final Path tokens;
    final Map<String, String> variables;
    final StoreKind store;
    final String jdbcUrl;
    final String dbUser;
    final Path dbPasswordFile;
    final double rateLimit;
    final Duration reloadInterval;
    final Duration keepAlive;
    final Duration stopTimeout;
    final OutputStream accessLog;
    final Clock clock;

    private ServerSettings(Builder b) {
        this.flags = b.flags;
        this.bind = b.bind;
        this.port = b.port;
        this.environment = b.environment;
        this.data = b.data;
        this.tokens = b.tokens;
        this.variables = Map.copyOf(b.variables);
        this.store = b.store;
        this.jdbcUrl = b.jdbcUrl;
        this.dbUser = b.dbUser;
        this.dbPasswordFile = b.dbPasswordFile;
        this.rateLimit = b.rateLimit;
        this.reloadInterval = b.reloadInterval;
        this.keepAlive = b.keepAlive;
        this.stopTimeout = b.stopTimeout;
        this.accessLog = b.accessLog;
        this.clock = b.clock;
    }

    public Path flags() {
        return flags;
    }

    public String bind() {
        return bind;
    }

    public int port() {
        return port;
    }

    /** The default environment, or {@code null}. */
    public String environment() {
        return environment;
    }

    public Path data() {
        return data;
    }

    public StoreKind store() {
        return store;
    }

    /** The database, with {@link StoreKind#POSTGRES}; else {@code null}. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The database role, or {@code null}. */
    public String dbUser() {
        return dbUser;
    }

    /** The file holding the database password, or {@code null}. */
    public Path dbPasswordFile() {
        return dbPasswordFile;
    }

    public double rateLimit() {
        return rateLimit;
    }

    public Duration reloadInterval() {
        return reloadInterval;
    }

    public static Builder builder(Path flags) {
        return new Builder(flags);
    }

    /** Named setters for each setting; unset ones keep their defaults. */
    public static final class Builder {
        private final Path flags;
        private String bind = DEFAULT_BIND;
        private int port = DEFAULT_PORT;
        private String environment;
        private Path data = DEFAULT_DATA;
        private Path tokens;
        private Map<String, String> variables = Map.of();
        private StoreKind store = StoreKind.FILE;
        private String jdbcUrl;
        private String dbUser;
        private Path dbPasswordFile;
        private double rateLimit = DEFAULT_RATE_LIMIT;
        private Duration reloadInterval = Duration.ofSeconds(1);
        private Duration keepAlive = Duration.ofSeconds(15);
        private Duration stopTimeout = Duration.ofSeconds(10);
        private OutputStream accessLog = System.out;
        private Clock clock = Clock.systemUTC();

        private Builder(Path flags) {
            this.flags = flags;
        }

        public Builder bind(String address) {
            this.bind = address;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The environment evaluated when a request names none; {@code null} for none. */
        public Builder environment(String environment) {
            this.environment = environment;
            return this;
        }

        public Builder data(Path directory) {
            this.data = directory;
            return this;
        }

        /** A tokens file, or {@code null}. */
        public Builder tokens(Path file) {
            this.tokens = file;
            return this;
        }

        /** The environment variables to read {@code FLAG_SERVER_TOKEN_*} from. */
        public Builder variables(Map<String, String> variables) {
            this.variables = variables;
            return this;
        }

        public Builder store(StoreKind kind, String jdbcUrl) {
            this.store = kind;
            this.jdbcUrl = jdbcUrl;
            return this;
        }

        /**
         * Who logs in to the database ({@code null}: the URL's {@code user=}) and the file holding the password
         * ({@code null}: the variable {@code FLAG_SERVER_DB_PASSWORD} of {@link #variables}, or none).
         */
        public Builder database(String user, Path passwordFile) {
            this.dbUser = user;
            this.dbPasswordFile = passwordFile;
            return this;
        }

        /** Requests per second per client; 0 turns the limit off. */
        public Builder rateLimit(double perSecond) {
            this.rateLimit = perSecond;
            return this;
        }

        public Builder reloadInterval(Duration interval) {
            this.reloadInterval = interval;
            return this;
        }

        public Builder keepAlive(Duration interval) {
            this.keepAlive = interval;
            return this;
        }

        public Builder stopTimeout(Duration timeout) {
            this.stopTimeout = timeout;
            return this;
        }

        /** Where access-log lines go; {@code null} for nowhere. Default: standard output. */
        public Builder accessLog(OutputStream out) {
            this.accessLog = out;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public ServerSettings build() {
            return new ServerSettings(this);
        }
    }
}
