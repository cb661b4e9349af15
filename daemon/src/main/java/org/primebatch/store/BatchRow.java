package org.primebatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;

/**
 * A row of {@code batches}; its state is derived from its flags and its item counts.
 *
 * @param owner        the user who submitted it, or null
 * @param crossCheck   its cross-check's state, or null for a batch that is not cross-checked
 * @param disagreement what stopped native use (JSON), or null
 */
record BatchRow(long id, BatchSpec spec, boolean paused, String pauseReason, boolean cancelled, Instant created,
                Instant started, Instant finished, String owner, String crossCheck, String disagreement) {

    static final String COLUMNS = "id, spec, paused, pause_reason, cancelled, created, started, finished, owner, "
            + "crosscheck, disagreement";

    static BatchRow read(ResultSet rs) throws SQLException {
        return new BatchRow(
                rs.getLong("id"),
                Columns.spec(rs.getString("spec")),
                rs.getInt("paused") != 0,
                rs.getString("pause_reason"),
                rs.getInt("cancelled") != 0,
                Tx.instant(rs, "created"),
                Tx.instant(rs, "started"),
                Tx.instant(rs, "finished"),
                rs.getString("owner"),
                rs.getString("crosscheck"),
                rs.getString("disagreement"));
    }

    BatchState state(Counts counts) {
        if (counts.total() > 0 && counts.allFinal()) {
            if (cancelled && counts.succeeded() + counts.skipped() < counts.total()) {
                return BatchState.CANCELLED;
            }
            if (counts.failed() > 0 || counts.cancelled() > 0) {
                return BatchState.FAILED;
            }
            return BatchState.SUCCEEDED;
        }
        if (paused) {
            return BatchState.PAUSED;
        }
        if (counts.running() > 0 || counts.done() > 0) {
            return BatchState.RUNNING;
        }
        return BatchState.QUEUED;
    }

    BatchView view(Counts counts, CrossChecks.Checked checked) {
        return new BatchView(id, state(counts), spec, counts, created, started, finished, pauseReason, owner,
                CrossChecks.status(this, checked));
    }
}
