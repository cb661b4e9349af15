package org.primebatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteQueueStoreTest extends QueueStoreContractTest {

    @Override
    protected QueueStore newStore(Path dir) {
        return new SqliteQueueStore(dir.resolve("queue.db"), RETRY, CLOCK);
    }

    @Test
    void aFreshFileEndsAtTheLatestSchemaVersionAndReopeningAppliesNothing() throws SQLException {
        assertThat(((SqliteQueueStore) store).schemaVersion()).isEqualTo(Migrations.latest());
        store.close();

        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("queue.db"))) {
            assertThat(Migrations.version(raw)).isEqualTo(Migrations.latest());
            assertThat(Migrations.apply(raw)).isZero();
            assertThat(tables(raw)).contains("batches", "items", "events");
            assertThat(pragma(raw, "journal_mode")).isEqualTo("wal");
        }
        reopen();
        assertThat(((SqliteQueueStore) store).schemaVersion()).isEqualTo(Migrations.latest());
    }

    @Test
    void anEmptyFileGetsEveryStep() throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("other.db"))) {
            assertThat(Migrations.apply(raw)).isEqualTo(Migrations.latest());
            assertThat(Migrations.apply(raw)).isZero();
        }
    }

    @Test
    void claimUsesTheClaimIndex() throws SQLException {
        store.close();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("queue.db"));
             Statement st = raw.createStatement();
             ResultSet rs = st.executeQuery("""
                     EXPLAIN QUERY PLAN SELECT i.id FROM items i JOIN batches b ON b.id = i.batch_id
                     WHERE i.state = 'pending' AND i.not_before <= 0 AND b.paused = 0 AND b.cancelled = 0
                     ORDER BY i.priority, i.batch_id, i.seq LIMIT 10""")) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString("detail")).append('\n');
            }
            assertThat(plan.toString()).contains("items_claim").doesNotContain("TEMP B-TREE");
        }
    }

    private static List<String> tables(Connection raw) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = raw.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static String pragma(Connection raw, String name) throws SQLException {
        try (Statement st = raw.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
