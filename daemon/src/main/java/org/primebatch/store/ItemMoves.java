package org.primebatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.primebatch.api.Event;
import org.primebatch.api.ItemState;

/**
 * The one way an item's state changes: {@link #move} writes a change the {@linkplain Transition table} allows together
 * with the event that records it, in the caller's transaction. An item holds a lease only while it runs, and reaching
 * a final state stamps when it finished.
 */
final class ItemMoves {

    private ItemMoves() {
    }

    /** The items a move applies to. */
    sealed interface Items {
        Set<ItemState> states();

        /** One item read in this transaction, in the state it was read in; recorded by an event of the item. */
        record One(long id, long batchId, int seq, ItemState state) implements Items {
            @Override
            public Set<ItemState> states() {
                return Set.of(state);
            }
        }

        /** Every item of a batch in one of these states; recorded by one event of the batch. */
        record OfBatch(long batchId, Set<ItemState> states) implements Items {
        }

        /** Every item of a batch routed to {@code engine} in one of these states; recorded by one event of the batch. */
        record OfRoute(long batchId, String engine, Set<ItemState> states) implements Items {
        }
    }

    /** A change to make: the state and event of a transition, and the other columns it writes ({@code SET} clauses). */
    record Move(ItemState to, String event, String assignments, List<Object> args) {

        static Move start(String owner, Instant leaseUntil, Instant now) {
            return new Move(ItemState.RUNNING, Event.ITEM_STARTED,
                    "attempts = attempts + 1, lease_owner = ?, lease_until = ?, started = coalesce(started, ?)",
                    List.of(owner, leaseUntil, now));
        }

        static Move succeed(Outcome.Succeeded s) {
            return new Move(ItemState.SUCCEEDED, Event.ITEM_SUCCEEDED,
                    "outputs = ?, artifacts = ?, error = NULL, check_failed = ?",
                    nullable(Columns.values(s.outputs()), Columns.json(s.artifacts()),
                            s.checkPassed() == null ? null : s.checkPassed() ? 0 : 1));
        }

        static Move retry(Instant at, String error) {
            return new Move(ItemState.PENDING, Event.ITEM_RETRYING, "not_before = ?, error = ?", nullable(at, error));
        }

        /** Back to pending because the case's runner stopped or is gone; an attempt that did not run is not counted. */
        static Move requeue(boolean attemptCounted) {
            return new Move(ItemState.PENDING, Event.ITEM_REQUEUED, attemptCounted ? "" : "attempts = attempts - 1",
                    List.of());
        }

        /** Back to pending on another engine, the attempt not counted: its batch's cross-check stopped native use. */
        static Move reroute(String engine) {
            return new Move(ItemState.PENDING, Event.ITEM_REQUEUED, "attempts = attempts - 1, engine = ?", List.of(engine));
        }

        /** Back to pending from a final state, as if never run, on another engine: its batch stopped native use. */
        static Move rerunOn(String engine) {
            return new Move(ItemState.PENDING, Event.BATCH_DISAGREED, "engine = ?, attempts = 0, error = NULL, "
                    + "not_before = 0, outputs = NULL, artifacts = NULL, check_failed = NULL, started = NULL, "
                    + "finished = NULL", List.of(engine));
        }

        static Move fail(String error) {
            return new Move(ItemState.FAILED, Event.ITEM_FAILED, "error = ?", nullable(error));
        }

        static Move cancel() {
            return new Move(ItemState.CANCELLED, Event.ITEM_CANCELLED, "", List.of());
        }

        static Move cancelWithBatch() {
            return new Move(ItemState.CANCELLED, Event.BATCH_CANCELLED, "", List.of());
        }

        /** Back to pending from a final state, as if never run. */
        static Move retryWithBatch() {
            return new Move(ItemState.PENDING, Event.BATCH_RETRIED, "attempts = 0, error = NULL, not_before = 0, "
                    + "outputs = NULL, artifacts = NULL, check_failed = NULL, started = NULL, finished = NULL", List.of());
        }

        private static List<Object> nullable(Object... args) {
            return Collections.unmodifiableList(java.util.Arrays.asList(args));
        }
    }

    /**
     * Moves {@code items} as {@code move} says and appends its event with {@code data}: for one item, the item's event
     * in its new state; for the items of a batch, the batch's event in the state the batch is in afterwards. Returns how
     * many items moved.
     *
     * @throws IllegalStateException when the table does not allow the change, or one item is no longer as it was read
     */
    static int move(Tx tx, Items items, Move move, JsonNode data, Instant now) throws SQLException {
        for (ItemState from : items.states()) {
            Transition.require(from, move.to(), move.event());
        }
        StringBuilder sql = new StringBuilder("UPDATE items SET state = ?");
        List<Object> args = new ArrayList<>();
        args.add(move.to().word());
        if (move.to() != ItemState.RUNNING) {
            sql.append(", lease_owner = NULL, lease_until = NULL");
        }
        if (move.to().isFinal()) {
            sql.append(", finished = ?");
            args.add(now);
        }
        if (!move.assignments().isEmpty()) {
            sql.append(", ").append(move.assignments());
            args.addAll(move.args());
        }
        if (items instanceof Items.One one) {
            sql.append(" WHERE id = ? AND state = ?");
            args.add(one.id());
            args.add(one.state().word());
            if (tx.update(sql.toString(), args.toArray()) != 1) {
                throw new IllegalStateException("item " + one.id() + " is no longer " + one.state().word());
            }
            tx.append(now, move.event(), one.batchId(), one.seq(), move.to().word(), data);
            return 1;
        }
        long batchId = items instanceof Items.OfRoute route ? route.batchId() : ((Items.OfBatch) items).batchId();
        sql.append(" WHERE batch_id = ? AND state IN (")
                .append(String.join(", ", Collections.nCopies(items.states().size(), "?"))).append(')');
        args.add(batchId);
        items.states().stream().map(ItemState::word).sorted().forEach(args::add);
        if (items instanceof Items.OfRoute route) {
            sql.append(" AND engine = ?");
            args.add(route.engine());
        }
        int moved = tx.update(sql.toString(), args.toArray());
        tx.append(now, move.event(), batchId, null, Batches.state(tx, batchId).word(), data);
        return moved;
    }
}
