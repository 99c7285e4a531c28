package dev.flaglint.server.store;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link OverrideStore} does with the same changes, whatever keeps them: the part of the contract the
 * file store's and the PostgreSQL store's tests share.
 */
public final class StoreContract {

    private StoreContract() {
    }

    public static ChangeRequest override(String flag, String json, long expected) {
        return new ChangeRequest(flag, AuditAction.OVERRIDE, json, expected, "ops", "req", "127.0.0.1");
    }

    public static ChangeRequest reset(String flag) {
        return new ChangeRequest(flag, AuditAction.RESET, null, ChangeRequest.ANY_VERSION, "ops", "req", "127.0.0.1");
    }

    /**
     * Three changes (override of a, override of b, reset of a) and three refused ones (a stale version, and two
     * resets of nothing). Returns the first change's record.
     */
    public static AuditRecord changeAndRefuse(OverrideStore store) {
        ChangeResult first = store.apply(override("a", "{\"enabled\":false}", 0));
        assertThat(first).isInstanceOf(ChangeResult.Committed.class);
        assertThat(((ChangeResult.Committed) first).record().sequence()).isEqualTo(1);
        assertThat(store.apply(override("a", "{\"enabled\":true}", 0))).isEqualTo(new ChangeResult.Conflict(1));
        assertThat(store.apply(override("b", "{\"rollout\":5}", ChangeRequest.ANY_VERSION)))
                .isInstanceOf(ChangeResult.Committed.class);
        assertThat(store.apply(reset("a"))).isInstanceOf(ChangeResult.Committed.class);
        assertThat(store.apply(reset("a"))).isEqualTo(new ChangeResult.NothingToReset(3));
        assertThat(store.apply(reset("never"))).isEqualTo(new ChangeResult.NothingToReset(0));
        return ((ChangeResult.Committed) first).record();
    }

    /** The state and the audit log {@link #changeAndRefuse} leaves: the refused changes left nothing. */
    public static void assertChangedAndRefused(OverrideStore store) {
        StoreSnapshot s = store.snapshot();
        assertThat(s.sequence()).isEqualTo(3);
        assertThat(s.flag("a")).isEqualTo(new FlagState("a", 3, null));
        assertThat(s.flag("b")).isEqualTo(new FlagState("b", 2, "{\"rollout\":5}"));
        List<AuditRecord> audit = store.audit(new AuditQuery(null, null, 10));
        assertThat(audit).extracting(AuditRecord::sequence).containsExactly(3L, 2L, 1L);
        assertThat(audit.get(0).before()).isEqualTo("{\"enabled\":false}");
        assertThat(store.audit(new AuditQuery("b", null, 10))).hasSize(1);
        assertThat(store.audit(new AuditQuery(null, null, 2))).hasSize(2);
    }
}
