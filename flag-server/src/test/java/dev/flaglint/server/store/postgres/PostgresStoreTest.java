package dev.flaglint.server.store.postgres;

import dev.flaglint.server.store.AuditAction;
import dev.flaglint.server.store.AuditQuery;
import dev.flaglint.server.store.AuditRecord;
import dev.flaglint.server.store.ChangeRequest;
import dev.flaglint.server.store.ChangeResult;
import dev.flaglint.server.store.StoreContract;
import dev.flaglint.server.store.StoreException;
import dev.flaglint.server.store.StoreHealth;
import dev.flaglint.server.store.StoreSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static dev.flaglint.server.store.StoreContract.override;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PostgreSQL store on a real server: transactions, versions, the audit table, and two stores sharing it. */
@ExtendWith(PostgresAvailable.class)
class PostgresStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private TestDatabase database;

    @BeforeEach
    void createDatabase() throws Exception {
        database = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void changesAreVersionedConditionalAndAuditedInTheSameTransaction() throws Exception {
        try (PostgresStore store = PostgresStore.open(database.settings(), CLOCK)) {
            assertThat(store.snapshot()).isEqualTo(StoreSnapshot.empty());
            AuditRecord first = StoreContract.changeAndRefuse(store);
            assertThat(first).isEqualTo(new AuditRecord(1, CLOCK.instant(), "ops", "a", AuditAction.OVERRIDE, null,
                    "{\"enabled\":false}", "req", "127.0.0.1"));
            StoreContract.assertChangedAndRefused(store);
            assertThat(store.audit(new AuditQuery(null, null, 10)).get(2)).isEqualTo(first); // as read back
            assertThat(store.audit(new AuditQuery(null, CLOCK.instant().plusSeconds(1), 10))).isEmpty();
            assertThat(store.health().status()).isEqualTo(StoreHealth.Status.OK);
        }
        // a reopened store has them all; three changes are three rows
        try (PostgresStore store = PostgresStore.open(database.settings(), CLOCK);
             Connection c = database.connect(); Statement s = c.createStatement()) {
            StoreContract.assertChangedAndRefused(store);
            assertThat(count(s, "SELECT count(*) FROM flag_audit")).isEqualTo(3);
        }
    }

    @Test
    void aSecondStoreOnTheDatabaseHearsEveryChangeInOrder() throws Exception {
        try (PostgresStore a = PostgresStore.open(database.settings(), CLOCK);
             PostgresStore b = PostgresStore.open(database.settings(), CLOCK)) {
            BlockingQueue<StoreSnapshot> heard = new LinkedBlockingQueue<>();
            b.subscribe(heard::add);
            for (int i = 1; i <= 20; i++) {
                a.apply(override("f" + (i % 3), "{\"rollout\":" + i + "}", ChangeRequest.ANY_VERSION));
            }
            StoreSnapshot last = null;
            long previous = 0;
            while (last == null || last.sequence() < 20) {
                last = heard.poll(10, TimeUnit.SECONDS);
                assertThat(last).as("a change heard within 10 s").isNotNull();
                assertThat(last.sequence()).isGreaterThan(previous); // in order, never backwards
                previous = last.sequence();
            }
            assertThat(last).isEqualTo(a.snapshot());
            assertThat(b.snapshot()).isEqualTo(a.snapshot());
            // a stale If-Match is refused whichever store made the newer change
            assertThat(b.apply(override("f2", "{\"rollout\":0}", 17))).isEqualTo(new ChangeResult.Conflict(20));
        }
    }

    @Test
    void auditTimesNeverGoBackwardsWhateverTheReplicasClocksSay() throws Exception {
        Clock ahead = Clock.offset(CLOCK, java.time.Duration.ofMinutes(5));
        try (PostgresStore fast = PostgresStore.open(database.settings(), ahead);
             PostgresStore slow = PostgresStore.open(database.settings(), CLOCK)) {
            fast.apply(override("a", "{\"rollout\":1}", ChangeRequest.ANY_VERSION));
            AuditRecord later = ((ChangeResult.Committed) slow.apply(override("a", "{\"rollout\":2}",
                    ChangeRequest.ANY_VERSION))).record();
            assertThat(later.time()).isEqualTo(ahead.instant());
        }
    }

    @Test
    void aWriterHoldingTheChangeLockTooLongMakesOthersFailCleanlyNotWaitForever() throws Exception {
        try (PostgresStore store = PostgresStore.open(database.settings(), CLOCK);
             Connection frozen = database.connect()) {
            store.apply(override("a", "{\"rollout\":1}", ChangeRequest.ANY_VERSION));
            frozen.setAutoCommit(false); // as a replica stopped in the middle of a change
            try (Statement s = frozen.createStatement()) {
                s.execute("UPDATE flag_store SET sequence = sequence");
            }
            assertThatThrownBy(() -> store.apply(override("a", "{\"rollout\":2}", 1)))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("the database cannot take the change now (ERROR: canceling statement due to lock"
                            + " timeout); nothing was changed; try again in a moment");
            frozen.rollback();
            assertThat(store.apply(override("a", "{\"rollout\":3}", 1))).isInstanceOf(ChangeResult.Committed.class);
            assertThat(store.audit(new AuditQuery(null, null, 10))).extracting(AuditRecord::after)
                    .containsExactly("{\"rollout\":3}", "{\"rollout\":1}");
        }
    }

    @Test
    void theAuditTableIsAppendOnly() throws Exception {
        try (PostgresStore store = PostgresStore.open(database.settings(), CLOCK)) {
            store.apply(override("a", "{\"rollout\":1}", ChangeRequest.ANY_VERSION));
        }
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE flag_audit SET actor = 'someone else'"))
                    .hasMessageContaining("flag_audit is append-only: UPDATE is not allowed");
            assertThatThrownBy(() -> s.execute("DELETE FROM flag_audit"))
                    .hasMessageContaining("flag_audit is append-only: DELETE is not allowed");
            assertThatThrownBy(() -> s.execute("TRUNCATE flag_audit"))
                    .hasMessageContaining("flag_audit is append-only: TRUNCATE is not allowed");
            assertThat(count(s, "SELECT count(*) FROM flag_audit")).isEqualTo(1);
        }
    }

    @Test
    void replicasStartingTogetherMigrateTheSchemaOnce() throws Exception {
        List<CompletableFuture<PostgresStore>> starts = List.of(
                CompletableFuture.supplyAsync(() -> PostgresStore.open(database.settings(), CLOCK)),
                CompletableFuture.supplyAsync(() -> PostgresStore.open(database.settings(), CLOCK)),
                CompletableFuture.supplyAsync(() -> PostgresStore.open(database.settings(), CLOCK)));
        for (CompletableFuture<PostgresStore> start : starts) {
            start.get(60, TimeUnit.SECONDS).close();
        }
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM flyway_schema_history WHERE success")).isEqualTo(1);
            assertThat(count(s, "SELECT sequence FROM flag_store")).isZero();
        }
    }

    @Test
    void aWrongPasswordStopsTheStartWithTheDatabasesWordsAndNeverThePassword() {
        String wrong = "not-the-password-1234";
        assertThatThrownBy(() -> PostgresStore.open(DatabaseSettings.of(database.url(), TestDatabase.user(), wrong),
                CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to the database " + database.url() + " as "
                        + TestDatabase.user() + ": FATAL: password authentication failed for user")
                .hasMessageNotContaining(wrong);
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
