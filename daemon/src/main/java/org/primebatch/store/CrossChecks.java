package org.primebatch.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.CaseCrossCheck;
import org.primebatch.api.CrossCheck;
import org.primebatch.api.CrossCheckStatus;
import org.primebatch.api.Disagreement;
import org.primebatch.api.Event;
import org.primebatch.api.ItemState;
import org.primebatch.api.Json;
import org.primebatch.store.ItemMoves.Items;
import org.primebatch.store.ItemMoves.Move;

/**
 * A cross-checked batch in the store. Its cases are routed: the {@code engine} column of an item names the engine
 * whose slots claim it. Verification cases go to Mathcad (whose worker runs them on both engines); every other case
 * is {@link #HELD} until the verification ends; then the decision of {@link Decisions#crossCheckState} moves them:
 * to native (spot checks to Mathcad), or, once native use stops, all to Mathcad, and the cases the native engine
 * already calculated run again there.
 */
final class CrossChecks {
    /** The route of a case that waits for its batch's verification: no engine claims it. */
    static final String HELD = "held";

    private CrossChecks() {
    }

    /** The engine that claims a case of {@code spec} with {@code role} when the batch is queued. */
    static String route(BatchSpec spec, String role) {
        if (!spec.crossChecked()) {
            return spec.engine();
        }
        return CrossCheck.ROLE_VERIFY.equals(role) ? CrossCheck.REFERENCE_ENGINE : HELD;
    }

    /** The state a batch of {@code spec} starts in, or null for a batch that is not cross-checked. */
    static String initialState(BatchSpec spec) {
        return spec.crossChecked() ? CrossCheck.VERIFYING : null;
    }

    /** The batch's cross-check state, or null when it has none. */
    static String state(Tx tx, long batchId) throws SQLException {
        return tx.first("SELECT crosscheck FROM batches WHERE id = ?", rs -> rs.getString(1), batchId).orElse(null);
    }

    /**
     * After cases of a batch that run on both engines changed: asks the queue what the batch's cross-check does next
     * and does it in the same transaction. A cancelled batch is left as it is.
     */
    static void settle(Tx tx, long batchId, Instant now, Decisions decisions) throws SQLException {
        String state = state(tx, batchId);
        if (state == null || CrossCheck.MATHCAD.equals(state)
                || tx.number("SELECT cancelled FROM batches WHERE id = ?", batchId) != 0) {
            return;
        }
        Decisions.CrossCheckTally tally = tally(tx, batchId);
        String next = decisions.crossCheckState(state, tally);
        if (next.equals(state)) {
            return;
        }
        if (CrossCheck.NATIVE.equals(next)) {
            runNatively(tx, batchId, tally, now);
        } else if (CrossCheck.MATHCAD.equals(next)) {
            stopNative(tx, batchId, now);
        } else {
            throw new IllegalStateException("a cross-check cannot go from " + state + " to " + next);
        }
    }

    static Decisions.CrossCheckTally tally(Tx tx, long batchId) throws SQLException {
        int[] counts = new int[4];
        tx.list("SELECT crosscheck, state, json_extract(crosscheck_result, '$.agreed') AS agreed, count(*) AS n "
                + "FROM items WHERE batch_id = ? AND crosscheck IS NOT NULL GROUP BY 1, 2, 3", rs -> {
                    boolean verify = CrossCheck.ROLE_VERIFY.equals(rs.getString(1));
                    ItemState itemState = ItemState.parse(rs.getString(2));
                    int agreed = rs.getInt(3);
                    boolean compared = !rs.wasNull();
                    int n = rs.getInt(4);
                    if (verify) {
                        counts[0] += n;
                    }
                    if (compared && agreed == 1 && verify) {
                        counts[1] += n;
                    }
                    if (compared && agreed == 0) {
                        counts[2] += n;
                    }
                    if (!compared && verify && (itemState == ItemState.FAILED || itemState == ItemState.CANCELLED)) {
                        counts[3] += n;
                    }
                    return null;
                }, batchId);
        return new Decisions.CrossCheckTally(counts[0], counts[1], counts[2], counts[3]);
    }

    /** The verification agreed: the held cases run natively, the spot checks on both engines. */
    private static void runNatively(Tx tx, long batchId, Decisions.CrossCheckTally tally, Instant now) throws SQLException {
        tx.update("UPDATE batches SET crosscheck = ? WHERE id = ?", CrossCheck.NATIVE, batchId);
        int released = tx.update("UPDATE items SET engine = CASE WHEN crosscheck = ? THEN ? ELSE ? END "
                        + "WHERE batch_id = ? AND engine = ?", CrossCheck.ROLE_SPOT, CrossCheck.REFERENCE_ENGINE,
                CrossCheck.CHECKED_ENGINE, batchId, HELD);
        tx.append(now, Event.BATCH_VERIFIED, batchId, null, Batches.state(tx, batchId).word(),
                Json.object().put("cases", tally.verified()).put("released", released));
    }

    /**
     * Native use stops: every case not calculated by Mathcad goes to Mathcad, those the native engine calculated
     * included, and the disagreement is recorded with both values.
     */
    private static void stopNative(Tx tx, long batchId, Instant now) throws SQLException {
        Disagreement disagreement = firstDisagreement(tx, batchId);
        tx.update("UPDATE batches SET crosscheck = ?, disagreement = ? WHERE id = ?", CrossCheck.MATHCAD,
                Json.write(disagreement), batchId);
        int rerouted = tx.update("UPDATE items SET engine = ? WHERE batch_id = ? AND engine IN (?, ?) "
                        + "AND state IN ('pending', 'cancelled')", CrossCheck.REFERENCE_ENGINE, batchId, HELD,
                CrossCheck.CHECKED_ENGINE);
        long rerun = tx.number("SELECT count(*) FROM items WHERE batch_id = ? AND engine = ? "
                + "AND state IN ('succeeded', 'failed')", batchId, CrossCheck.CHECKED_ENGINE);
        ObjectNode data = (ObjectNode) Json.tree(disagreement);
        data.put("rerouted", rerouted).put("rerun", (int) rerun);
        ItemMoves.move(tx, new Items.OfRoute(batchId, CrossCheck.CHECKED_ENGINE, Set.of(ItemState.SUCCEEDED,
                ItemState.FAILED)), Move.rerunOn(CrossCheck.REFERENCE_ENGINE), data, now);
    }

    /** The first case whose engines disagreed, else the first verification case that could not be compared. */
    private static Disagreement firstDisagreement(Tx tx, long batchId) throws SQLException {
        Optional<Disagreement> found = tx.first("SELECT seq, name, crosscheck_result FROM items WHERE batch_id = ? "
                + "AND crosscheck IS NOT NULL AND json_extract(crosscheck_result, '$.agreed') = 0 "
                + "ORDER BY finished, seq LIMIT 1", rs -> {
                    CrossCheckVerdict verdict = Json.MAPPER.convertValue(Columns.tree(rs.getString(3)),
                            CrossCheckVerdict.class);
                    return new Disagreement(rs.getInt(1), rs.getString(2), verdict.output(), verdict.mathcad(),
                            verdict.nativeValue(), verdict.reason());
                }, batchId);
        if (found.isPresent()) {
            return found.get();
        }
        return tx.first("SELECT seq, name, state, error FROM items WHERE batch_id = ? AND crosscheck = ? "
                + "AND crosscheck_result IS NULL AND state IN ('failed', 'cancelled') ORDER BY seq LIMIT 1",
                rs -> new Disagreement(rs.getInt(1), rs.getString(2), null, null, null,
                        "this verification case could not be compared: it "
                                + ("cancelled".equals(rs.getString(3)) ? "was cancelled" : "failed: " + rs.getString(4))),
                batchId, CrossCheck.ROLE_VERIFY).orElseThrow(() -> new IllegalStateException(
                "batch " + batchId + " stops native use with no case that disagreed"));
    }

    /** Where a batch's cross-check stands, or null for a batch that is not cross-checked. */
    static CrossCheckStatus status(BatchRow row, Checked checked) {
        if (row.crossCheck() == null) {
            return null;
        }
        BatchSpec spec = row.spec();
        Disagreement disagreement = row.disagreement() == null ? null
                : Json.MAPPER.convertValue(Columns.tree(row.disagreement()), Disagreement.class);
        return new CrossCheckStatus(row.crossCheck(), spec.verify() == null ? 0 : spec.verify(), spec.spotCheckEvery(),
                checked.compared(), checked.agreed(), disagreement);
    }

    /** How many cases of a batch were compared on both engines, and how many of them agreed. */
    record Checked(int compared, int agreed) {
        static final Checked NONE = new Checked(0, 0);
    }

    static Checked checked(Tx tx, long batchId) throws SQLException {
        return tx.first("SELECT count(crosscheck_result), coalesce(sum(json_extract(crosscheck_result, '$.agreed')), 0) "
                        + "FROM items WHERE batch_id = ? AND crosscheck IS NOT NULL",
                rs -> new Checked(rs.getInt(1), rs.getInt(2)), batchId).orElse(Checked.NONE);
    }

    /** {@link #checked} of every cross-checked batch. */
    static Map<Long, Checked> checkedByBatch(Tx tx) throws SQLException {
        Map<Long, Checked> byBatch = new HashMap<>();
        tx.list("SELECT batch_id, count(crosscheck_result), coalesce(sum(json_extract(crosscheck_result, '$.agreed')), 0) "
                + "FROM items WHERE crosscheck IS NOT NULL GROUP BY batch_id", rs -> byBatch.put(rs.getLong(1),
                new Checked(rs.getInt(2), rs.getInt(3))));
        return byBatch;
    }

    /** A case's cross-check as clients see it, from the columns {@code engine, crosscheck, crosscheck_result}. */
    static CaseCrossCheck ofCase(ResultSet rs) throws SQLException {
        String result = rs.getString("crosscheck_result");
        CrossCheckVerdict verdict = result == null ? null
                : Json.MAPPER.convertValue(Columns.tree(result), CrossCheckVerdict.class);
        return new CaseCrossCheck(rs.getString("engine"), rs.getString("crosscheck"),
                verdict == null ? null : verdict.agreed(), verdict == null ? null : verdict.output(),
                verdict == null ? null : verdict.mathcad(), verdict == null ? null : verdict.nativeValue(),
                verdict == null ? null : verdict.reason());
    }
}
