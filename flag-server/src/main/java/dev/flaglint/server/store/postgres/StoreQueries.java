package dev.flaglint.server.store.postgres;

import dev.flaglint.server.store.AuditAction;
import dev.flaglint.server.store.AuditQuery;
import dev.flaglint.server.store.AuditRecord;
import dev.flaglint.server.store.FlagState;
import dev.flaglint.server.store.StoreSnapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reads of the store's tables. Each is one statement, so it sees one committed state: a change is in it
 * whole or not at all.
 */
final class StoreQueries {

    private static final String AUDIT_COLUMNS =
            "sequence, time, actor, flag, action, before, after, request_id, client";

    private StoreQueries() {
    }

    /** Every flag's state and the last change's number, as of one moment. */
    static StoreSnapshot everything(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT s.sequence, s.last_change, o.flag, o.version, o.override"
                     + " FROM flag_store s LEFT JOIN flag_override o ON true")) {
            long sequence = 0;
            Instant lastChange = null;
            Map<String, FlagState> flags = new HashMap<>();
            while (rows.next()) {
                sequence = rows.getLong(1);
                lastChange = instant(rows, 2);
                String flag = rows.getString(3);
                if (flag != null) {
                    flags.put(flag, new FlagState(flag, rows.getLong(4), rows.getString(5)));
                }
            }
            return new StoreSnapshot(sequence, lastChange, flags);
        }
    }

    /** One flag's state ({@linkplain FlagState#untouched untouched} when it was never changed). */
    static FlagState flag(Connection connection, String flag) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT version, override FROM flag_override WHERE flag = ?")) {
            statement.setString(1, flag);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? new FlagState(flag, row.getLong(1), row.getString(2)) : FlagState.untouched(flag);
            }
        }
    }

    /** The audit records after change {@code sequence}, oldest first, at most {@code limit}. */
    static List<AuditRecord> after(Connection connection, long sequence, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + AUDIT_COLUMNS
                + " FROM flag_audit WHERE sequence > ? ORDER BY sequence LIMIT ?")) {
            statement.setLong(1, sequence);
            statement.setInt(2, limit);
            return records(statement);
        }
    }

    /** The audit records {@code query} asks for, newest first. */
    static List<AuditRecord> audit(Connection connection, AuditQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + AUDIT_COLUMNS + " FROM flag_audit WHERE true");
        if (query.flag() != null) {
            sql.append(" AND flag = ?");
        }
        if (query.since() != null) {
            sql.append(" AND time >= ?");
        }
        sql.append(" ORDER BY sequence DESC LIMIT ?");
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int parameter = 1;
            if (query.flag() != null) {
                statement.setString(parameter++, query.flag());
            }
            if (query.since() != null) {
                statement.setObject(parameter++, timestamp(query.since()));
            }
            statement.setInt(parameter, query.limit());
            return records(statement);
        }
    }

    private static List<AuditRecord> records(PreparedStatement statement) throws SQLException {
        List<AuditRecord> records = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                AuditAction action = AuditAction.fromWireName(rows.getString(5)).orElseThrow(() ->
                        new SQLException("flag_audit has an unknown action; was it written by a newer flag-server?"));
                records.add(new AuditRecord(rows.getLong(1), instant(rows, 2), rows.getString(3), rows.getString(4),
                        action, rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9)));
            }
        }
        return records;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
