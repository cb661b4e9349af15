package org.primebatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema as an ordered list of steps. {@code PRAGMA user_version} holds how many have been applied; each step
 * runs in its own transaction together with the version bump, so a crash leaves the schema at a whole step.
 */
final class Migrations {

    /** Each step is a list of statements; append new steps, never edit applied ones. */
    static final List<List<String>> STEPS = List.of(
            List.of(
                    """
                    CREATE TABLE batches (
                        id INTEGER PRIMARY KEY,
                        spec TEXT NOT NULL,
                        priority INTEGER NOT NULL,
                        paused INTEGER NOT NULL DEFAULT 0,
                        pause_reason TEXT,
                        cancelled INTEGER NOT NULL DEFAULT 0,
                        created INTEGER NOT NULL,
                        started INTEGER,
                        finished INTEGER
                    )""",
                    """
                    CREATE TABLE items (
                        id INTEGER PRIMARY KEY,
                        batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
                        seq INTEGER NOT NULL,
                        priority INTEGER NOT NULL,
                        name TEXT,
                        state TEXT NOT NULL,
                        attempts INTEGER NOT NULL DEFAULT 0,
                        max_attempts INTEGER NOT NULL,
                        not_before INTEGER NOT NULL DEFAULT 0,
                        lease_owner TEXT,
                        lease_until INTEGER,
                        inputs TEXT NOT NULL,
                        outputs TEXT,
                        artifacts TEXT,
                        error TEXT,
                        started INTEGER,
                        finished INTEGER,
                        UNIQUE (batch_id, seq)
                    )""",
                    "CREATE INDEX items_claim ON items (state, priority, batch_id, seq)",
                    "CREATE INDEX items_batch_state ON items (batch_id, state, seq)",
                    """
                    CREATE TABLE events (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        ts INTEGER NOT NULL,
                        type TEXT NOT NULL,
                        batch_id INTEGER NOT NULL,
                        item INTEGER,
                        state TEXT,
                        data TEXT
                    )""",
                    "CREATE INDEX events_ts ON events (ts)"),
            List.of(
                    "ALTER TABLE batches ADD COLUMN engine TEXT",
                    "UPDATE batches SET engine = json_extract(spec, '$.engine')",
                    """
                    CREATE TABLE engine_processes (
                        pid INTEGER NOT NULL,
                        started INTEGER,
                        boot TEXT NOT NULL,
                        engine TEXT NOT NULL,
                        role TEXT NOT NULL,
                        PRIMARY KEY (boot, pid)
                    )"""),
            // claiming for one engine walks only that engine's pending items, not every pending item of the queue
            List.of(
                    "ALTER TABLE items ADD COLUMN engine TEXT",
                    "UPDATE items SET engine = (SELECT engine FROM batches WHERE batches.id = items.batch_id)",
                    "CREATE INDEX items_claim_engine ON items (state, engine, priority, batch_id, seq)",
                    // every claim names its engine; one claim index less keeps submitting 100,000 cases fast
                    "DROP INDEX items_claim"),
            // a deleted batch's id is never given again: clients, event logs and result files keep naming one batch;
            // one batch's history is read without walking every other batch's events
            List.of(
                    "CREATE INDEX events_batch ON events (batch_id, seq)",
                    "CREATE TABLE batch_ids (last INTEGER NOT NULL)",
                    """
                    INSERT INTO batch_ids SELECT max(coalesce((SELECT max(id) FROM batches), 0),
                                                     coalesce((SELECT max(batch_id) FROM events), 0))"""),
            // a succeeded case whose outputs fail the batch's check: 1, passing 0, no check NULL
            List.of("ALTER TABLE items ADD COLUMN check_failed INTEGER"),
            // the user who submitted a batch: only they and the daemon's admins may act on it; NULL for batches queued
            // before owners were recorded, which only admins may touch
            List.of("ALTER TABLE batches ADD COLUMN owner TEXT"),
            // a batch cross-checked with Mathcad: its state and what stopped native use; a case's role (verify, spot)
            // and how its engines compared; the few cases with a role are found without walking the others
            List.of(
                    "ALTER TABLE batches ADD COLUMN crosscheck TEXT",
                    "ALTER TABLE batches ADD COLUMN disagreement TEXT",
                    "ALTER TABLE items ADD COLUMN crosscheck TEXT",
                    "ALTER TABLE items ADD COLUMN crosscheck_result TEXT",
                    "CREATE INDEX items_crosscheck ON items (batch_id, seq) WHERE crosscheck IS NOT NULL"));

    private Migrations() {
    }

    static int latest() {
        return STEPS.size();
    }

    static int version(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies the steps not yet applied; returns how many it applied. */
    static int apply(Connection connection) throws SQLException {
        int applied = 0;
        try (Statement st = connection.createStatement()) {
            while (true) {
                st.execute("BEGIN IMMEDIATE");
                try {
                    // Read inside the write transaction so two processes opening the file cannot both apply a step.
                    int version = version(connection);
                    if (version >= STEPS.size()) {
                        st.execute("COMMIT");
                        return applied;
                    }
                    for (String sql : STEPS.get(version)) {
                        st.execute(sql);
                    }
                    st.execute("PRAGMA user_version = " + (version + 1));
                    st.execute("COMMIT");
                    applied++;
                } catch (SQLException | RuntimeException e) {
                    st.execute("ROLLBACK");
                    throw e;
                }
            }
        }
    }
}
