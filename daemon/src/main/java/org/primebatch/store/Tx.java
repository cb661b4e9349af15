package org.primebatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.primebatch.api.Event;

/** One open transaction on the store's connection: small query helpers and the events it has appended so far. */
final class Tx {

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    private final Connection connection;
    private final List<Event> events = new ArrayList<>();

    Tx(Connection connection) {
        this.connection = connection;
    }

    PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, args);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Instant instant) {
                statement.setLong(i + 1, instant.toEpochMilli());
            } else if (arg instanceof Boolean flag) {
                statement.setInt(i + 1, flag ? 1 : 0);
            } else {
                statement.setObject(i + 1, arg);
            }
        }
    }

    int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(sql, args)) {
            return statement.executeUpdate();
        }
    }

    /** Runs a query, or a statement with {@code RETURNING}, and maps every row. */
    <T> List<T> list(String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(sql, args); ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.map(rs));
            }
            return rows;
        }
    }

    <T> Optional<T> first(String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(sql, args); ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
        }
    }

    /** The first column of the first row as a number; 0 when there is no row or it is null. */
    long number(String sql, Object... args) throws SQLException {
        return first(sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    boolean exists(String sql, Object... args) throws SQLException {
        return number("SELECT EXISTS (" + sql + ")", args) != 0;
    }

    /** Stores an event; it reaches the listener only if this transaction commits. */
    Event append(Instant ts, String type, long batch, Integer item, String state, JsonNode data) throws SQLException {
        long seq = number("INSERT INTO events (ts, type, batch_id, item, state, data) VALUES (?, ?, ?, ?, ?, ?) RETURNING seq",
                ts, type, batch, item, state, data == null ? null : data.toString());
        Event event = new Event(seq, Instant.ofEpochMilli(ts.toEpochMilli()), type, batch, item, state, data);
        events.add(event);
        return event;
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
