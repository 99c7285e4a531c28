package dev.flaglint.server.store.postgres;

import dev.flaglint.server.store.AuditRecord;
import dev.flaglint.server.store.StoreSnapshot;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Follows the changes every replica commits. One thread, with a connection of its own outside the pool,
 * {@code LISTEN}s on the store's channel; a notification (sent by the committing transaction, delivered after its
 * commit) makes it read the audit records it has not seen yet and install the snapshot they add up to.
 *
 * <p>When the connection is lost it reconnects with {@link Backoff} and then reloads the whole state, after
 * {@code LISTEN} is in force: a change committed while it was away is in the reload, a change committed after it
 * is notified, so no missed notification outlives the reconnect. A connection that stops answering is noticed by
 * a heartbeat query when it has been quiet for {@link #HEARTBEAT}.
 */
final class ChangeListener implements AutoCloseable {

    static final String CHANNEL = "flag_changes";
    static final Duration HEARTBEAT = Duration.ofSeconds(2);
    private static final int HEARTBEAT_TIMEOUT_SECONDS = 3;
    private static final int BATCH = 500;
    private static final String APPLICATION_NAME = "flag-server listener";

    private static final System.Logger LOG = System.getLogger(ChangeListener.class.getName());

    /**
     * The connection is lost.
     *
     * @param since    when it was lost
     * @param reason   why, as the driver said it
     * @param attempts reconnects tried and failed since
     */
    record Outage(Instant since, String reason, int attempts) {
    }

    private final DatabaseSettings database;
    private final Supplier<StoreSnapshot> current;
    private final Consumer<StoreSnapshot> install;
    private final Clock clock;
    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5),
            bound -> ThreadLocalRandom.current().nextLong(bound));
    private final Thread thread;
    private volatile Connection connection;
    private volatile Outage outage;
    private volatile boolean closed;

    /**
     * @param current the store's snapshot now
     * @param install called on this listener's thread with each newer snapshot
     */
    ChangeListener(DatabaseSettings database, Supplier<StoreSnapshot> current, Consumer<StoreSnapshot> install,
                   Clock clock) {
        this.database = database;
        this.current = current;
        this.install = install;
        this.clock = clock;
        this.thread = new Thread(this::run, "flag-server database changes");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** The outage now, or {@code null} while connected (or connecting for the first time). */
    Outage outage() {
        return outage;
    }

    private void run() {
        while (!closed) {
            Connection c = null;
            try {
                c = database.connect(APPLICATION_NAME);
                connection = c;
                try (Statement listen = c.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                reload(c);
                reconnected();
                follow(c);
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    lost(e);
                }
            } finally {
                connection = null;
                closeQuietly(c);
            }
            if (!closed) {
                pause(backoff.next());
            }
        }
    }

    /** Until the connection fails or the listener is closed: catch up on each notification, check when quiet. */
    private void follow(Connection c) throws SQLException {
        PGConnection notifications = c.unwrap(PGConnection.class);
        while (!closed) {
            PGNotification[] received = notifications.getNotifications((int) HEARTBEAT.toMillis());
            if (received != null && received.length > 0) {
                catchUp(c);
            } else if (!closed && !c.isValid(HEARTBEAT_TIMEOUT_SECONDS)) {
                throw new SQLException("the database stopped answering (no reply to a heartbeat within "
                        + HEARTBEAT_TIMEOUT_SECONDS + " s)");
            }
        }
    }

    /** Reads the records committed after the snapshot in force and installs what they add up to. */
    private void catchUp(Connection c) throws SQLException {
        while (true) {
            StoreSnapshot base = current.get();
            List<AuditRecord> records = StoreQueries.after(c, base.sequence(), BATCH);
            StoreSnapshot next = base;
            for (AuditRecord record : records) {
                next = next.with(record);
            }
            if (next != base) {
                install.accept(next);
            }
            if (records.size() < BATCH) {
                return;
            }
        }
    }

    /** The whole state, after a (re)connect: whatever was committed while this listener was away is in it. */
    private void reload(Connection c) throws SQLException {
        StoreSnapshot loaded = StoreQueries.everything(c);
        StoreSnapshot mine = current.get();
        if (loaded.sequence() < mine.sequence()) {
            LOG.log(Level.WARNING, "the database is at change {0} but this replica has seen change {1}: was the"
                    + " database restored from a backup? This replica keeps what it has; restart it to take the"
                    + " database''s state", loaded.sequence(), mine.sequence());
            return;
        }
        if (loaded.sequence() > mine.sequence()) {
            install.accept(loaded);
        }
    }

    private void lost(Exception e) {
        String reason = DriverMessage.of(e);
        Outage was = outage;
        if (was == null) {
            outage = new Outage(clock.instant(), reason, 0);
            LOG.log(Level.WARNING, "lost the database connection ({0}); answering from memory as of change {1},"
                    + " refusing changes until it is back; reconnecting", reason, current.get().sequence());
        } else {
            outage = new Outage(was.since(), reason, was.attempts() + 1);
        }
    }

    private void reconnected() {
        Outage was = outage;
        backoff.reset();
        outage = null;
        if (was != null) {
            LOG.log(Level.INFO, "database connection back after {0} s ({1} failed attempt(s)); reloaded, now at"
                    + " change {2}", Duration.between(was.since(), clock.instant()).toMillis() / 1000.0,
                    was.attempts(), current.get().sequence());
        }
    }

    private void pause(Duration wait) {
        try {
            TimeUnit.MILLISECONDS.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        closeQuietly(connection); // ends a wait for notifications
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            // it is going away either way
        }
    }
}
