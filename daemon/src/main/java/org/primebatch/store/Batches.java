package org.primebatch.store;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;
import org.primebatch.api.ItemState;

/** A batch's row and the counts of its items by state, read in a transaction. */
final class Batches {
    /** The key under which a count map holds the succeeded cases that fail the batch's check (no state has a space). */
    static final String CHECK_FAILED = "check failed";

    private Batches() {
    }

    static BatchRow require(Tx tx, long batchId) throws SQLException {
        return tx.first("SELECT " + BatchRow.COLUMNS + " FROM batches WHERE id = ?", BatchRow::read, batchId)
                .orElseThrow(() -> StoreException.notFound("no batch " + batchId));
    }

    static BatchState state(Tx tx, long batchId) throws SQLException {
        return require(tx, batchId).state(counts(tx, batchId));
    }

    static BatchView view(Tx tx, BatchRow row) throws SQLException {
        return row.view(counts(tx, row.id()), row.crossCheck() == null ? CrossChecks.Checked.NONE
                : CrossChecks.checked(tx, row.id()));
    }

    static Counts counts(Tx tx, long batchId) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        tx.list("SELECT state, count(*), coalesce(sum(check_failed), 0) FROM items WHERE batch_id = ? GROUP BY state",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                    counts.merge(CHECK_FAILED, rs.getLong(3), Long::sum);
                    return null;
                }, batchId);
        return counts(counts);
    }

    static Map<String, Long> stateCounts(Tx tx, String sql, Object... args) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        tx.list(sql, rs -> counts.put(rs.getString(1), rs.getLong(2)), args);
        return counts;
    }

    /** Counts from a map of state word (and {@link #CHECK_FAILED}) to count. */
    static Counts counts(Map<String, Long> byState) {
        int pending = count(byState, ItemState.PENDING);
        int running = count(byState, ItemState.RUNNING);
        int succeeded = count(byState, ItemState.SUCCEEDED);
        int failed = count(byState, ItemState.FAILED);
        int cancelled = count(byState, ItemState.CANCELLED);
        int skipped = count(byState, ItemState.SKIPPED);
        return new Counts(pending + running + succeeded + failed + cancelled + skipped,
                pending, running, succeeded, failed, cancelled, skipped, byState.getOrDefault(CHECK_FAILED, 0L).intValue());
    }

    private static int count(Map<String, Long> byState, ItemState state) {
        return byState.getOrDefault(state.word(), 0L).intValue();
    }
}
