package dev.flaglint.server;

import dev.flaglint.server.access.EnvironmentTokens;
import dev.flaglint.server.access.Token;
import dev.flaglint.server.access.TokenConfigException;
import dev.flaglint.server.access.Tokens;
import dev.flaglint.server.access.TokensFile;
import dev.flaglint.server.http.FlagHttpServer;
import dev.flaglint.server.http.HttpSettings;
import dev.flaglint.server.service.FlagService;
import dev.flaglint.server.source.InvalidDefinitionsException;
import dev.flaglint.server.source.WatchedDefinitionSource;
import dev.flaglint.server.store.FileStore;
import dev.flaglint.server.store.OverrideStore;
import dev.flaglint.server.store.StoreException;
import dev.flaglint.server.store.postgres.DatabaseSettings;
import dev.flaglint.server.store.postgres.PostgresStore;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** A running flag server. {@link #close()} stops it gracefully. */
public final class FlagServer implements AutoCloseable {

    /** The variable the database password may come from. */
    public static final String DATABASE_PASSWORD = "FLAG_SERVER_DB_PASSWORD";

    private final WatchedDefinitionSource source;
    private final OverrideStore store;
    private final FlagService service;
    private final FlagHttpServer http;
    private final int tokenCount;

    private FlagServer(WatchedDefinitionSource source, OverrideStore store, FlagService service, FlagHttpServer http,
                       int tokenCount) {
        this.source = source;
        this.store = store;
        this.service = service;
        this.http = http;
        this.tokenCount = tokenCount;
    }

    /**
     * Starts a server.
     *
     * @throws StartupException when the settings cannot work: the message says what to change
     */
    public static FlagServer start(ServerSettings settings) {
        Tokens tokens = tokensFor(settings);
        checkStoreOptions(settings);
        WatchedDefinitionSource source;
        try {
            source = WatchedDefinitionSource.open(settings.flags, settings.reloadInterval);
        } catch (InvalidDefinitionsException e) {
            throw new StartupException(e.getMessage(), e);
        }
        OverrideStore store = null;
        try {
            store = openStore(settings);
            FlagService service = new FlagService(source, store, settings.environment);
            HttpSettings http = new HttpSettings(settings.bind, settings.port, settings.rateLimit, settings.keepAlive,
                    settings.stopTimeout, settings.environment);
            FlagHttpServer server = FlagHttpServer.start(http, service, tokens, settings.accessLog, settings.clock);
            return new FlagServer(source, store, service, server, tokens.size());
        } catch (StoreException e) {
            source.close();
            throw new StartupException(e.getMessage(), e);
        } catch (IOException e) {
            closeAll(source, store);
            throw new StartupException(bindMessage(settings, e), e);
        } catch (Exception e) {
            closeAll(source, store);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StartupException("cannot start: " + e, e);
        }
    }

    private static void checkStoreOptions(ServerSettings settings) {
        boolean databaseOptions = settings.jdbcUrl != null || settings.dbUser != null || settings.dbPasswordFile != null;
        if (settings.store == StoreKind.FILE && databaseOptions) {
            throw new StartupException("--jdbc-url, --db-user and --db-password-file are only used with --store"
                    + " postgres; add --store postgres, or remove them to keep overrides in --data");
        }
        if (settings.store == StoreKind.POSTGRES && settings.jdbcUrl == null) {
            throw new StartupException("--store postgres needs the database: --jdbc-url"
                    + " jdbc:postgresql://HOST:5432/DATABASE --db-user ROLE, with the password in the variable "
                    + DATABASE_PASSWORD + " or in a file named by --db-password-file");
        }
    }

    private static OverrideStore openStore(ServerSettings settings) {
        return switch (settings.store) {
            case FILE -> FileStore.open(settings.data, settings.clock);
            case POSTGRES -> PostgresStore.open(DatabaseSettings.of(settings.jdbcUrl, settings.dbUser,
                    databasePassword(settings)), settings.clock);
        };
    }

    /** From the variable or the file; never from the command line, where every user of the machine can read it. */
    private static String databasePassword(ServerSettings settings) {
        String variable = settings.variables.get(DATABASE_PASSWORD);
        if (settings.dbPasswordFile == null) {
            return variable == null || variable.isEmpty() ? null : variable;
        }
        if (variable != null && !variable.isEmpty()) {
            throw new StartupException("the database password is given twice, in " + DATABASE_PASSWORD + " and in"
                    + " --db-password-file; keep one");
        }
        String password;
        try {
            password = Files.readString(settings.dbPasswordFile).replaceFirst("\\r?\\n$", "");
        } catch (IOException e) {
            throw new StartupException("cannot read --db-password-file " + settings.dbPasswordFile + " (" + e
                    + "); check the path and that this user may read it", e);
        }
        if (password.isEmpty()) {
            throw new StartupException("--db-password-file " + settings.dbPasswordFile + " is empty; put the"
                    + " database password in it");
        }
        return password;
    }

    /**
     * The tokens the settings give, once it is safe to listen where they say: an address other than loopback
     * needs tokens.
     *
     * @throws StartupException when the tokens cannot be read, or there are none and the address is not loopback
     */
    static Tokens tokensFor(ServerSettings settings) {
        Tokens tokens = tokens(settings);
        if (tokens.isEmpty() && !isLoopback(settings.bind)) {
            throw new StartupException("refusing to listen on " + settings.bind + " without tokens: anyone who can"
                    + " reach it could read every flag. Add tokens (--tokens tokens.yaml, or environment variables"
                    + " FLAG_SERVER_TOKEN_<NAME>=<scope>:<token>), or listen on 127.0.0.1");
        }
        return tokens;
    }

    private static Tokens tokens(ServerSettings settings) {
        try {
            List<Token> all = new ArrayList<>();
            if (settings.tokens != null) {
                all.addAll(TokensFile.read(settings.tokens));
            }
            all.addAll(EnvironmentTokens.read(settings.variables));
            return Tokens.of(all);
        } catch (TokenConfigException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    private static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new StartupException("cannot resolve --bind " + bind + "; give an address such as 127.0.0.1 or"
                    + " 0.0.0.0", e);
        }
    }

    private static String bindMessage(ServerSettings settings, IOException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof BindException)) {
            cause = cause.getCause();
        }
        return cause != null
                ? "cannot listen on " + settings.bind + ":" + settings.port + " (" + cause.getMessage() + "); is another"
                        + " server using the port? Choose another with --port"
                : "cannot listen on " + settings.bind + ":" + settings.port + ": " + e.getMessage();
    }

    private static void closeAll(WatchedDefinitionSource source, OverrideStore store) {
        source.close();
        if (store != null) {
            store.close();
        }
    }

    /** Where it listens: {@code http://127.0.0.1:8080}. */
    public URI uri() {
        return http.uri();
    }

    public int port() {
        return http.port();
    }

    /** The service, for tests and tools in the same process. */
    public FlagService service() {
        return service;
    }

    /** Checks the flags file now instead of at the next poll; true when a new version was taken. */
    public boolean reloadNow() {
        return source.poll();
    }

    public int tokenCount() {
        return tokenCount;
    }

    /** Graceful: streams told, requests in flight finished, then the watcher and the store closed. */
    @Override
    public void close() throws Exception {
        try {
            http.close();
        } finally {
            source.close();
            store.close();
        }
    }
}
