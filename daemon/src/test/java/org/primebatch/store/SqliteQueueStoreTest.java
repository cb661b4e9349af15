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
        return new SqliteQueueStore(dir.resolve("queue.db"), CLOCK);
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
    void claimingForOneEngineWalksOnlyThatEnginesItems() throws SQLException {
        store.close();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("queue.db"));
             java.sql.PreparedStatement st = raw.prepareStatement("EXPLAIN QUERY PLAN " + SqliteQueueStore.CLAIM.formatted("AND i.engine = ?"))) {
            Object[] args = {0, "native", 10};
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString("detail")).append('\n');
                }
            }
            assertThat(plan.toString()).contains("items_claim_engine (state=? AND engine=?)").doesNotContain("TEMP B-TREE");
        }
    }

    @Test
    void theEngineStepGivesExistingItemsTheirBatchsEngine() throws SQLException {
        assertThat(afterMigratingFrom(2, "SELECT engine FROM items",
                "INSERT INTO batches (id, spec, priority, created, engine) VALUES (7, '{}', 1, 0, 'echo')",
                "INSERT INTO items (batch_id, seq, priority, state, max_attempts, inputs) VALUES (7, 1, 1, 'pending', 1, '{}')"))
                .isEqualTo("echo");
    }

    @Test
    void theBatchIdStepStartsAfterEveryIdTheFileHasSeenIncludingDeletedOnes() throws SQLException {
        assertThat(afterMigratingFrom(3, "SELECT last FROM batch_ids",
                "INSERT INTO batches (id, spec, priority, created, engine) VALUES (4, '{}', 1, 0, 'echo')",
                "INSERT INTO events (ts, type, batch_id) VALUES (0, 'batch.deleted', 9)"))
                .isEqualTo("9");
    }

    /**
     * Makes a file as a daemon of the first {@code steps} schema steps would have left it, holding {@code rows}, applies
     * the remaining steps and answers {@code query}'s single value.
     */
    private String afterMigratingFrom(int steps, String query, String... rows) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("old.db"));
             Statement st = raw.createStatement()) {
            for (int step = 0; step < steps; step++) {
                for (String sql : Migrations.STEPS.get(step)) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = " + steps);
            for (String row : rows) {
                st.execute(row);
            }
            Migrations.apply(raw);
            try (ResultSet rs = st.executeQuery(query)) {
                assertThat(rs.next()).as(query).isTrue();
                return rs.getString(1);
            }
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
