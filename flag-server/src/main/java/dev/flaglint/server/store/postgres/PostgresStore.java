package dev.flaglint.server.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.flaglint.server.store.AuditAction;
import dev.flaglint.server.store.AuditQuery;
import dev.flaglint.server.store.AuditRecord;
import dev.flaglint.server.store.ChangeRequest;
import dev.flaglint.server.store.ChangeResult;
import dev.flaglint.server.store.FlagState;
import dev.flaglint.server.store.OverrideStore;
import dev.flaglint.server.store.StoreException;
import dev.flaglint.server.store.StoreHealth;
import dev.flaglint.server.store.StoreSnapshot;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The store for several replicas: overrides and the audit log in one PostgreSQL database that every replica
 * shares.
 *
 * <p>A change is one transaction: it first bumps the one-row counter {@code flag_store} (which queues the writers
 * of all replicas one behind the other and numbers the changes without gaps), then checks the flag's version
 * against {@code If-Match}, writes the override only if that version is still the one it read, appends the audit
 * record and sends a notification, and commits. So a change is in both tables or in neither, and a stale
 * {@code If-Match} is refused whichever replica made the newer change. Every replica keeps the whole state in
 * memory and answers from it; {@link ChangeListener} keeps it current. The schema is migrated by Flyway at start
 * ({@code db/migration}).
 */
public final class PostgresStore implements OverrideStore {

    private static final System.Logger LOG = System.getLogger(PostgresStore.class.getName());

    private final DatabaseSettings database;
    private final HikariDataSource pool;
    private final Clock clock;
    private final List<Consumer<StoreSnapshot>> listeners = new CopyOnWriteArrayList<>();
    /** Guards the replacement of {@link #snapshot}, which only ever moves forward. */
    private final Object advancing = new Object();
    private volatile StoreSnapshot snapshot;
    private final ChangeListener changes;

    private PostgresStore(DatabaseSettings database, HikariDataSource pool, Clock clock, StoreSnapshot first) {
        this.database = database;
        this.pool = pool;
        this.clock = clock;
        this.snapshot = first;
        this.changes = new ChangeListener(database, () -> snapshot, this::changedElsewhere, clock);
    }

    /**
     * Connects, brings the schema up to date and loads the state.
     *
     * @throws StoreException when the database cannot be reached or its schema cannot be used; the message says
     *                        what to check
     */
    public static PostgresStore open(DatabaseSettings database, Clock clock) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(database));
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the database " + database + ": " + DriverMessage.of(e)
                    + "; check --jdbc-url, --db-user and the password (FLAG_SERVER_DB_PASSWORD or --db-password-file), and"
                    + " that PostgreSQL accepts connections from here", e);
        }
        try {
            int schema = migrate(pool, database);
            StoreSnapshot first;
            try (Connection connection = pool.getConnection()) {
                first = StoreQueries.everything(connection);
            }
            PostgresStore store = new PostgresStore(database, pool, clock, first);
            store.changes.start();
            LOG.log(Level.INFO, "store: PostgreSQL {0} (schema version {1}), at change {2}", database, schema,
                    first.sequence());
            return store;
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("cannot read the store's tables in " + database + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariConfig poolConfig(DatabaseSettings database) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("flag-server");
        config.setJdbcUrl(database.url());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setDataSourceProperties(DatabaseSettings.connectionProperties("flag-server"));
        // Writes are one at a time across all replicas anyway; reads are the audit log's. Small is enough.
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        // A change that cannot get a connection is answered 503 quickly rather than held.
        config.setConnectionTimeout(2000);
        config.setValidationTimeout(1000);
        config.setInitializationFailTimeout(1); // one attempt at start: an unreachable database stops the start
        return config;
    }

    private static int migrate(HikariDataSource pool, DatabaseSettings database) {
        try {
            MigrateResult result = Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .load().migrate();
            if (result.migrationsExecuted > 0) {
                LOG.log(Level.INFO, "store: applied {0} schema migration(s), now at version {1}",
                        result.migrationsExecuted, result.targetSchemaVersion);
            }
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : result.initialSchemaVersion;
            return version == null ? 0 : Integer.parseInt(version);
        } catch (FlywayException e) {
            throw new StoreException("cannot prepare the store's tables in " + database + ": " + e.getMessage()
                    + " (give flag-server a database of its own, or a schema of its own with ?currentSchema=NAME in"
                    + " --jdbc-url)", e);
        }
    }

    @Override
    public StoreSnapshot snapshot() {
        return snapshot;
    }

    // ---- writing --------------------------------------------------------------------------------------------

    @Override
    public ChangeResult apply(ChangeRequest change) {
        refuseDuringOutage("nothing was changed; ");
        boolean committing = false;
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                ChangeResult result = write(connection, change);
                if (!(result instanceof ChangeResult.Committed committed)) {
                    connection.rollback();
                    return result;
                }
                committing = true;
                connection.commit();
                advance(committed.snapshot());
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            String why = DriverMessage.of(e);
            throw committing ? new StoreException("the database connection failed while committing the change to"
                    + " flag '" + change.flag() + "' (" + why + "); it may or may not have been made: read the flag"
                    + " (GET /flags/" + change.flag() + "/override) before trying again", e)
                    : new StoreException("the database cannot take the change now (" + why + "); nothing was changed;"
                    + " try again in a moment", e);
        }
    }

    /** The change's statements, in its transaction; the caller commits a {@link ChangeResult.Committed}. */
    private ChangeResult write(Connection connection, ChangeRequest change) throws SQLException {
        long sequence;
        Instant time;
        try (PreparedStatement next = connection.prepareStatement("UPDATE flag_store SET sequence = sequence + 1,"
                + " last_change = GREATEST(?, last_change) RETURNING sequence, last_change")) {
            // Times never go backwards in the log, whatever the replicas' clocks say.
            next.setObject(1, StoreQueries.timestamp(clock.instant()));
            try (ResultSet row = next.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("flag_store has no row: the schema was changed by hand");
                }
                sequence = row.getLong(1);
                time = StoreQueries.instant(row, 2);
            }
        }
        FlagState state = StoreQueries.flag(connection, change.flag());
        if (change.expectedVersion() != ChangeRequest.ANY_VERSION && change.expectedVersion() != state.version()) {
            return new ChangeResult.Conflict(state.version());
        }
        if (change.action() == AuditAction.RESET && !state.hasOverride()) {
            return new ChangeResult.NothingToReset(state.version());
        }
        AuditRecord record = new AuditRecord(sequence, time, change.actor(), change.flag(), change.action(),
                state.override(), change.after(), change.requestId(), change.client());
        try (PreparedStatement put = connection.prepareStatement("INSERT INTO flag_override (flag, version, override)"
                + " VALUES (?, ?, ?::json) ON CONFLICT (flag) DO UPDATE SET version = EXCLUDED.version,"
                + " override = EXCLUDED.override WHERE flag_override.version = ?")) {
            put.setString(1, change.flag());
            put.setLong(2, sequence);
            put.setString(3, change.after());
            put.setLong(4, state.version());
            if (put.executeUpdate() != 1) { // only if the version is still the one read above
                return new ChangeResult.Conflict(StoreQueries.flag(connection, change.flag()).version());
            }
        }
        try (PreparedStatement audit = connection.prepareStatement("INSERT INTO flag_audit (sequence, time, actor,"
                + " flag, action, before, after, request_id, client) VALUES (?, ?, ?, ?, ?, ?::json, ?::json, ?, ?)")) {
            audit.setLong(1, record.sequence());
            audit.setObject(2, StoreQueries.timestamp(record.time()));
            audit.setString(3, record.actor());
            audit.setString(4, record.flag());
            audit.setString(5, record.action().wireName());
            audit.setString(6, record.before());
            audit.setString(7, record.after());
            audit.setString(8, record.requestId());
            audit.setString(9, record.client());
            audit.executeUpdate();
        }
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, ChangeListener.CHANNEL);
            notify.setString(2, Long.toString(sequence)); // delivered at commit, to every replica
            notify.executeQuery().close();
        }
        StoreSnapshot base = snapshot;
        StoreSnapshot next = base.sequence() == sequence - 1 ? base.with(record)
                : StoreQueries.everything(connection); // behind other replicas' changes: read them, in this transaction
        return new ChangeResult.Committed(record, next);
    }

    /** At once, while the database is known to be away: no request waits for a connection that will not come. */
    private void refuseDuringOutage(String consequence) {
        ChangeListener.Outage outage = changes.outage();
        if (outage != null) {
            throw new StoreException("the database is unreachable since " + outage.since() + " (" + outage.reason()
                    + "); " + consequence + "try again when it is back (GET /readyz tells)");
        }
    }

    /** Makes {@code next} the snapshot if it is newer; true when it was. */
    private boolean advance(StoreSnapshot next) {
        synchronized (advancing) {
            if (next.sequence() <= snapshot.sequence()) {
                return false;
            }
            snapshot = next;
            return true;
        }
    }

    /** From the listener's thread: a change committed by any replica (this one's too, when it is quicker). */
    private void changedElsewhere(StoreSnapshot next) {
        if (advance(next)) {
            for (Consumer<StoreSnapshot> listener : listeners) {
                try {
                    listener.accept(next);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a store listener failed", e);
                }
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is broken: the database rolls the transaction back itself
        }
    }

    // ---- the rest -------------------------------------------------------------------------------------------

    @Override
    public List<AuditRecord> audit(AuditQuery query) {
        refuseDuringOutage("");
        try (Connection connection = pool.getConnection()) {
            return StoreQueries.audit(connection, query);
        } catch (SQLException e) {
            throw new StoreException("the database cannot be read now (" + DriverMessage.of(e) + "); try again in a"
                    + " moment", e);
        }
    }

    @Override
    public StoreHealth health() {
        ChangeListener.Outage outage = changes.outage();
        if (outage == null) {
            return new StoreHealth(StoreHealth.Status.OK, "postgres", database.toString());
        }
        return new StoreHealth(StoreHealth.Status.RECONNECTING, "postgres", database + " since " + outage.since()
                + " (" + outage.reason() + "); answering from memory as of change " + snapshot.sequence()
                + ", changes are refused until it is back; reconnect attempts so far: " + outage.attempts());
    }

    @Override
    public void subscribe(Consumer<StoreSnapshot> listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        changes.close();
        pool.close();
    }
}
