package org.primebatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseInput;
import org.primebatch.api.Counts;
import org.primebatch.api.CrossCheck;
import org.primebatch.api.DaemonStatus.QueueTotals;
import org.primebatch.api.Event;
import org.primebatch.api.ItemOrder;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;
import org.primebatch.store.ItemMoves.Items;
import org.primebatch.store.ItemMoves.Move;

/**
 * The queue in one SQLite file ({@link SqliteFile}): each operation is one transaction of it, a write or a read.
 */
public final class SqliteQueueStore implements QueueStore {
    private static final int ROWS_PER_INSERT = 100;
    private static final String OPEN_ITEMS = "SELECT 1 FROM items WHERE batch_id = ? AND state IN ('pending', 'running')";
    static final String INTERRUPTED = "interrupted: the daemon stopped while this case ran, and it has no attempts left";
    static final String LEASE_LOST = "lease expired: the case stopped answering, and it has no attempts left";

    private final SqliteFile file;
    private final Clock clock;

    public SqliteQueueStore(Path dbFile, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.file = SqliteFile.open(dbFile);
    }

    public static SqliteQueueStore open(Path dbFile) {
        return new SqliteQueueStore(dbFile, Clock.systemUTC());
    }

    // ---- submitting and claiming ----

    @Override
    public BatchView submit(String owner, LongFunction<BatchSpec> specOf, List<CaseInput> cases) {
        Objects.requireNonNull(specOf, "specOf");
        if (cases == null || cases.isEmpty()) {
            throw new StoreException(StoreException.Kind.INVALID_CASES, "a batch needs at least one case");
        }
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i) == null) {
                throw new StoreException(StoreException.Kind.INVALID_CASES, "case " + (i + 1) + " is missing");
            }
        }
        Instant now = clock.instant();
        return write("submit", tx -> {
            long batchId = tx.number("UPDATE batch_ids SET last = last + 1 RETURNING last");
            BatchSpec spec = Objects.requireNonNull(specOf.apply(batchId), "spec");
            tx.update("INSERT INTO batches (id, spec, priority, created, engine, owner, crosscheck) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    batchId, Json.write(spec), spec.priority().rank(), now, spec.engine(), owner, CrossChecks.initialState(spec));
            insertItems(tx, batchId, spec, cases);
            ObjectNode data = Json.object().put("cases", cases.size());
            if (spec.name() != null) {
                data.put("name", spec.name());
            }
            tx.append(now, Event.BATCH_SUBMITTED, batchId, null, BatchState.QUEUED.word(), data);
            return Batches.view(tx, Batches.require(tx, batchId));
        });
    }

    /** Inserts many rows per statement: far fewer JNI round trips than one row per batched statement. */
    private static void insertItems(Tx tx, long batchId, BatchSpec spec, List<CaseInput> cases) throws SQLException {
        Set<Integer> verification = spec.crossChecked() ? CrossCheck.verificationCases(cases.size(), spec.verify()) : Set.of();
        for (int from = 0; from < cases.size(); from += ROWS_PER_INSERT) {
            List<CaseInput> chunk = cases.subList(from, Math.min(from + ROWS_PER_INSERT, cases.size()));
            String sql = "INSERT INTO items (batch_id, seq, priority, name, state, max_attempts, inputs, engine, crosscheck) "
                    + "VALUES " + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, 'pending', ?, ?, ?, ?)"));
            Object[] args = new Object[chunk.size() * 8];
            for (int i = 0; i < chunk.size(); i++) {
                CaseInput c = chunk.get(i);
                int at = i * 8;
                int seq = from + i + 1;
                String role = spec.crossChecked() ? CrossCheck.role(seq, verification, spec.spotCheckEvery()) : null;
                args[at] = batchId;
                args[at + 1] = seq;
                args[at + 2] = spec.priority().rank();
                args[at + 3] = c.name();
                args[at + 4] = spec.maxAttempts();
                args[at + 5] = Columns.values(c.inputs());
                args[at + 6] = CrossChecks.route(spec, role);
                args[at + 7] = role;
            }
            tx.update(sql, args);
        }
    }

    @Override
    public List<Claim> claim(String owner, String engine, int max, Instant now, Instant leaseUntil) {
        Objects.requireNonNull(owner, "owner");
        if (max <= 0) {
            return List.of();
        }
        return write("claim", tx -> {
            // a claim for any engine never takes a case held for its batch's verification
            List<Claimable> claimable = engine == null
                    ? tx.list(CLAIM.formatted("AND i.engine IS NOT '" + CrossChecks.HELD + "'"), Claimable::read, now, max)
                    : tx.list(CLAIM.formatted("AND i.engine = ?"), Claimable::read, now, engine, max);
            Set<Long> batches = new LinkedHashSet<>();
            List<Claim> claims = new ArrayList<>(claimable.size());
            for (Claimable c : claimable) {
                int attempt = c.attempts() + 1;
                ItemMoves.move(tx, new Items.One(c.id(), c.batchId(), c.seq(), ItemState.PENDING),
                        Move.start(owner, leaseUntil, now), Json.object().put("attempt", attempt), now);
                batches.add(c.batchId());
                claims.add(new Claim(new Fence(c.id(), owner, attempt), c.batchId(), c.seq(), c.name(),
                        Columns.values(c.inputs()), c.role() != null && !CrossCheck.MATHCAD.equals(c.crossCheck())));
            }
            for (long batchId : batches) {
                tx.update("UPDATE batches SET started = ? WHERE id = ? AND started IS NULL", now, batchId);
            }
            return claims;
        });
    }

    /** The first pending items in claiming order; {@code %s} narrows them to one engine's. */
    static final String CLAIM = """
            SELECT i.id, i.batch_id, i.seq, i.name, i.inputs, i.attempts, i.crosscheck AS role, b.crosscheck AS cc
            FROM items i JOIN batches b ON b.id = i.batch_id
            WHERE i.state = 'pending' AND i.not_before <= ? %s AND b.paused = 0 AND b.cancelled = 0
            ORDER BY i.priority, i.batch_id, i.seq
            LIMIT ?""";

    /** @param role its role in its batch's cross-check, or null; {@code crossCheck} the batch's cross-check state */
    private record Claimable(long id, long batchId, int seq, String name, String inputs, int attempts, String role,
            String crossCheck) {
        static Claimable read(ResultSet rs) throws SQLException {
            return new Claimable(rs.getLong("id"), rs.getLong("batch_id"), rs.getInt("seq"), rs.getString("name"),
                    rs.getString("inputs"), rs.getInt("attempts"), rs.getString("role"), rs.getString("cc"));
        }
    }

    @Override
    public int renew(String owner, Collection<Long> itemIds, Instant leaseUntil) {
        if (itemIds.isEmpty()) {
            return 0;
        }
        return write("renew", tx -> {
            int renewed = 0;
            for (long id : itemIds) {
                renewed += tx.update("UPDATE items SET lease_until = ? WHERE id = ? AND state = 'running' "
                        + "AND lease_owner = ?", leaseUntil, id, owner);
            }
            return renewed;
        });
    }

    // ---- outcomes and leases ----

    /**
     * A running item whose lease matched a fence.
     *
     * @param engine the engine it is routed to
     * @param role   its role in its batch's cross-check, or null
     */
    private record Leased(long id, long batchId, int seq, int attempts, int maxAttempts, String engine, String role) {
        static final String COLUMNS = "id, batch_id, seq, attempts, max_attempts, engine, crosscheck";

        static Leased read(ResultSet rs) throws SQLException {
            return new Leased(rs.getLong("id"), rs.getLong("batch_id"), rs.getInt("seq"), rs.getInt("attempts"),
                    rs.getInt("max_attempts"), rs.getString("engine"), rs.getString("crosscheck"));
        }

        Items.One item() {
            return new Items.One(id, batchId, seq, ItemState.RUNNING);
        }

        Attempts attemptsMade() {
            return new Attempts(attempts, maxAttempts);
        }
    }

    private static Optional<Leased> leased(Tx tx, Fence fence) throws SQLException {
        return tx.first("SELECT " + Leased.COLUMNS + " FROM items WHERE id = ? AND state = 'running' "
                + "AND lease_owner = ? AND attempts = ?", Leased::read, fence.itemId(), fence.owner(), fence.attempt());
    }

    @Override
    public List<Boolean> complete(List<Outcome> outcomes, Instant now, Decisions decisions) {
        if (outcomes.isEmpty()) {
            return List.of();
        }
        return write("complete", tx -> {
            List<Boolean> accepted = new ArrayList<>(outcomes.size());
            Set<Long> touched = new LinkedHashSet<>();
            Set<Long> crossChecked = new LinkedHashSet<>();
            for (Outcome outcome : outcomes) {
                Optional<Leased> item = leased(tx, outcome.fence());
                if (item.isPresent()) {
                    record(tx, item.get(), outcome, now, decisions);
                    touched.add(item.get().batchId());
                    if (item.get().role() != null) {
                        crossChecked.add(item.get().batchId());
                    }
                }
                accepted.add(item.isPresent());
            }
            for (long batchId : crossChecked) {
                CrossChecks.settle(tx, batchId, now, decisions);
            }
            for (long batchId : touched) {
                settle(tx, batchId, now, decisions);
            }
            return accepted;
        });
    }

    /** Writes how a leased item ended. An item of a cancelled batch never goes back to pending: it fails or is cancelled. */
    private static void record(Tx tx, Leased item, Outcome outcome, Instant now, Decisions decisions) throws SQLException {
        if (outcome instanceof Outcome.CrossChecked checked) {
            record(tx, item, checked.outcome(), now, decisions);
            tx.update("UPDATE items SET crosscheck_result = ? WHERE id = ?", Json.write(checked.verdict()), item.id());
            return;
        }
        if ((outcome instanceof Outcome.Succeeded || outcome instanceof Outcome.Failed)
                && CrossCheck.CHECKED_ENGINE.equals(item.engine())
                && CrossCheck.MATHCAD.equals(CrossChecks.state(tx, item.batchId())) && !cancelled(tx, item.batchId())) {
            // calculated natively while its batch's cross-check stopped native use: it runs on Mathcad instead
            ItemMoves.move(tx, item.item(), Move.reroute(CrossCheck.REFERENCE_ENGINE), Json.object()
                    .put("reason", "the batch's cross-check stopped native use: the case runs on Mathcad Prime"), now);
            return;
        }
        if (outcome instanceof Outcome.Succeeded s) {
            ItemMoves.move(tx, item.item(), Move.succeed(s), Json.object().put("attempt", item.attempts()), now);
        } else if (outcome instanceof Outcome.Failed f) {
            Optional<Instant> retryAt = cancelled(tx, item.batchId()) ? Optional.empty()
                    : decisions.retryAt(item.attemptsMade(), f.retryable(), now);
            if (retryAt.isPresent()) {
                ItemMoves.move(tx, item.item(), Move.retry(retryAt.get(), f.error()),
                        Json.object().put("error", f.error()).put("attempt", item.attempts())
                                .put("retryAt", Instant.ofEpochMilli(retryAt.get().toEpochMilli()).toString()), now);
            } else {
                fail(tx, item, f.error(), now);
            }
        } else if (outcome instanceof Outcome.Requeued r && !cancelled(tx, item.batchId())) {
            release(tx, item, r.reason(), now);
        } else {
            ItemMoves.move(tx, item.item(), Move.cancel(), null, now);
        }
    }

    private static boolean cancelled(Tx tx, long batchId) throws SQLException {
        return tx.number("SELECT cancelled FROM batches WHERE id = ?", batchId) != 0;
    }

    private static void fail(Tx tx, Leased item, String error, Instant now) throws SQLException {
        ItemMoves.move(tx, item.item(), Move.fail(error),
                Json.object().put("error", error).put("attempt", item.attempts()), now);
    }

    @Override
    public int release(Collection<Fence> fences) {
        if (fences.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        return write("release", tx -> {
            int released = 0;
            for (Fence fence : fences) {
                Optional<Leased> item = leased(tx, fence);
                if (item.isPresent()) {
                    release(tx, item.get(), "released", now);
                    released++;
                }
            }
            return released;
        });
    }

    private static void release(Tx tx, Leased item, String reason, Instant now) throws SQLException {
        ItemMoves.move(tx, item.item(), Move.requeue(false), Json.object().put("reason", reason), now);
    }

    @Override
    public int recover(String currentOwner, Instant now, Decisions decisions) {
        return write("recover", tx -> requeue(tx, tx.list("SELECT " + Leased.COLUMNS + " FROM items "
                        + "WHERE state = 'running' AND (lease_owner IS NULL OR lease_owner <> ?) ORDER BY id",
                Leased::read, currentOwner), now, decisions, "recovered after restart", INTERRUPTED));
    }

    @Override
    public int expireLeases(Instant now, Decisions decisions) {
        return write("expireLeases", tx -> requeue(tx, tx.list("SELECT " + Leased.COLUMNS + " FROM items "
                        + "WHERE state = 'running' AND lease_until < ? ORDER BY id", Leased::read, now),
                now, decisions, "lease expired", LEASE_LOST));
    }

    /** Returns abandoned running items to pending with their attempt counted, or fails those the queue gives up on. */
    private static int requeue(Tx tx, List<Leased> items, Instant now, Decisions decisions, String reason,
                               String givenUp) throws SQLException {
        Set<Long> touched = new LinkedHashSet<>();
        for (Leased item : items) {
            if (cancelled(tx, item.batchId())) {
                ItemMoves.move(tx, item.item(), Move.cancel(), null, now);
            } else if (!decisions.runsAgain(item.attemptsMade())) {
                fail(tx, item, givenUp, now);
            } else {
                ItemMoves.move(tx, item.item(), Move.requeue(true),
                        Json.object().put("reason", reason).put("attempt", item.attempts()), now);
            }
            touched.add(item.batchId());
        }
        for (long batchId : touched) {
            CrossChecks.settle(tx, batchId, now, decisions);
            settle(tx, batchId, now, decisions);
        }
        return items.size();
    }

    /** After items of a batch changed: pause it if the queue says so, or mark it finished if nothing is left. */
    private static void settle(Tx tx, long batchId, Instant now, Decisions decisions) throws SQLException {
        if (!tx.exists(OPEN_ITEMS, batchId)) {
            finishIfDone(tx, batchId, now);
            return;
        }
        BatchRow batch = Batches.require(tx, batchId);
        if (batch.paused()) {
            return;
        }
        FinishedCounter finished = new FinishedCounter(tx, batchId);
        Optional<String> reason = decisions.pauseReason(batch.spec(), finished);
        if (reason.isPresent()) {
            Decisions.FinishedCases counted = finished.get();
            tx.update("UPDATE batches SET paused = 1, pause_reason = ? WHERE id = ?", reason.get(), batchId);
            tx.append(now, Event.BATCH_PAUSED, batchId, null, BatchState.PAUSED.word(), Json.object()
                    .put("reason", reason.get()).put("failed", counted.failed()).put("finished", counted.total()));
        }
    }

    /** Counts a batch's finished cases once, when first asked. */
    private static final class FinishedCounter implements Supplier<Decisions.FinishedCases> {
        private final Tx tx;
        private final long batchId;
        private Decisions.FinishedCases counted;

        FinishedCounter(Tx tx, long batchId) {
            this.tx = tx;
            this.batchId = batchId;
        }

        @Override
        public Decisions.FinishedCases get() {
            if (counted == null) {
                try {
                    Map<String, Long> decided = Batches.stateCounts(tx, "SELECT state, count(*) FROM items "
                            + "WHERE batch_id = ? AND state IN ('succeeded', 'failed') GROUP BY state", batchId);
                    long failed = decided.getOrDefault("failed", 0L);
                    counted = new Decisions.FinishedCases((int) failed,
                            (int) (failed + decided.getOrDefault("succeeded", 0L)));
                } catch (SQLException e) {
                    throw new StoreException("counting the finished cases of batch " + batchId + " failed: "
                            + e.getMessage(), e);
                }
            }
            return counted;
        }
    }

    /** Marks the batch finished, with its event, when none of its items is pending or running any more. */
    private static void finishIfDone(Tx tx, long batchId, Instant now) throws SQLException {
        BatchRow batch = Batches.require(tx, batchId);
        if (batch.finished() != null || tx.exists(OPEN_ITEMS, batchId)) {
            return;
        }
        tx.update("UPDATE batches SET finished = ? WHERE id = ?", now, batchId);
        Counts counts = Batches.counts(tx, batchId);
        tx.append(now, Event.BATCH_FINISHED, batchId, null, batch.state(counts).word(), Json.tree(counts));
    }

    // ---- commands on batches and items ----

    @Override
    public List<Fence> cancelBatch(long batchId) {
        Instant now = clock.instant();
        return write("cancelBatch", tx -> {
            BatchRow batch = Batches.require(tx, batchId);
            requireNotFinal(tx, batch, "cancelled");
            tx.update("UPDATE batches SET cancelled = 1 WHERE id = ?", batchId);
            List<Fence> running = tx.list("SELECT id, lease_owner, attempts FROM items "
                            + "WHERE batch_id = ? AND state = 'running' ORDER BY seq",
                    rs -> new Fence(rs.getLong("id"), rs.getString("lease_owner"), rs.getInt("attempts")), batchId);
            long pending = tx.number("SELECT count(*) FROM items WHERE batch_id = ? AND state = 'pending'", batchId);
            ItemMoves.move(tx, new Items.OfBatch(batchId, Set.of(ItemState.PENDING)), Move.cancelWithBatch(),
                    Json.object().put("cancelled", (int) pending).put("running", running.size()), now);
            finishIfDone(tx, batchId, now);
            return running;
        });
    }

    @Override
    public Optional<Fence> cancelItem(long batchId, int seq) {
        Instant now = clock.instant();
        return write("cancelItem", tx -> {
            Batches.require(tx, batchId);
            ItemRef item = tx.first("SELECT id, state, lease_owner, attempts FROM items WHERE batch_id = ? AND seq = ?",
                            ItemRef::read, batchId, seq)
                    .orElseThrow(() -> StoreException.notFound("no case " + seq + " in batch " + batchId));
            if (CrossCheck.VERIFYING.equals(CrossChecks.state(tx, batchId)) && CrossCheck.ROLE_VERIFY.equals(
                    tx.first("SELECT crosscheck FROM items WHERE id = ?", rs -> rs.getString(1), item.id()).orElse(null))
                    && !item.state().isFinal()) {
                throw StoreException.invalidState("case " + seq + " of batch " + batchId + " is one of its verification "
                        + "cases (run on Mathcad Prime and the native engine before the other cases); cancel the batch, "
                        + "or let the verification end");
            }
            switch (item.state()) {
                case PENDING -> {
                    ItemMoves.move(tx, new Items.One(item.id(), batchId, seq, ItemState.PENDING), Move.cancel(), null,
                            now);
                    finishIfDone(tx, batchId, now);
                    return Optional.<Fence>empty();
                }
                case RUNNING -> {
                    return Optional.of(new Fence(item.id(), item.leaseOwner(), item.attempts()));
                }
                default -> throw StoreException.invalidState(
                        "case " + seq + " of batch " + batchId + " is already " + item.state().word());
            }
        });
    }

    private record ItemRef(long id, ItemState state, String leaseOwner, int attempts) {
        static ItemRef read(ResultSet rs) throws SQLException {
            return new ItemRef(rs.getLong("id"), ItemState.parse(rs.getString("state")), rs.getString("lease_owner"),
                    rs.getInt("attempts"));
        }
    }

    @Override
    public void pause(long batchId, String reason) {
        Instant now = clock.instant();
        write("pause", tx -> {
            requireNotFinal(tx, Batches.require(tx, batchId), "paused");
            tx.update("UPDATE batches SET paused = 1, pause_reason = ? WHERE id = ?", reason, batchId);
            ObjectNode data = Json.object();
            if (reason != null) {
                data.put("reason", reason);
            }
            tx.append(now, Event.BATCH_PAUSED, batchId, null, BatchState.PAUSED.word(), data);
            return null;
        });
    }

    @Override
    public void resume(long batchId) {
        Instant now = clock.instant();
        write("resume", tx -> {
            if (!Batches.require(tx, batchId).paused()) {
                return null;
            }
            tx.update("UPDATE batches SET paused = 0, pause_reason = NULL WHERE id = ?", batchId);
            tx.append(now, Event.BATCH_RESUMED, batchId, null, Batches.state(tx, batchId).word(), null);
            return null;
        });
    }

    @Override
    public int retry(long batchId) {
        Instant now = clock.instant();
        return write("retry", tx -> {
            Batches.require(tx, batchId);
            long ended = tx.number("SELECT count(*) FROM items WHERE batch_id = ? AND state IN ('failed', 'cancelled')",
                    batchId);
            if (ended == 0) {
                throw StoreException.invalidState("batch " + batchId + " has no failed or cancelled case");
            }
            tx.update("UPDATE batches SET cancelled = 0, paused = 0, pause_reason = NULL, finished = NULL WHERE id = ?",
                    batchId);
            return ItemMoves.move(tx, new Items.OfBatch(batchId, Set.of(ItemState.FAILED, ItemState.CANCELLED)),
                    Move.retryWithBatch(), Json.object().put("items", (int) ended), now);
        });
    }

    @Override
    public void delete(long batchId) {
        Instant now = clock.instant();
        write("delete", tx -> {
            Batches.require(tx, batchId);
            if (tx.exists(OPEN_ITEMS, batchId)) {
                throw StoreException.invalidState(
                        "batch " + batchId + " still has pending or running cases; cancel it first");
            }
            tx.update("DELETE FROM items WHERE batch_id = ?", batchId);
            tx.update("DELETE FROM batches WHERE id = ?", batchId);
            tx.append(now, Event.BATCH_DELETED, batchId, null, null, null);
            return null;
        });
    }

    private static void requireNotFinal(Tx tx, BatchRow batch, String verb) throws SQLException {
        BatchState state = batch.state(Batches.counts(tx, batch.id()));
        if (state.isFinal()) {
            throw StoreException.invalidState(
                    "batch " + batch.id() + " is already " + state.word() + " and cannot be " + verb);
        }
    }

    // ---- reading ----

    @Override
    public List<BatchView> batches() {
        return read(tx -> {
            Map<Long, Map<String, Long>> byBatch = new HashMap<>();
            tx.list("SELECT batch_id, state, count(*) AS n, coalesce(sum(check_failed), 0) AS f FROM items "
                    + "GROUP BY batch_id, state", rs -> {
                Map<String, Long> counts = byBatch.computeIfAbsent(rs.getLong("batch_id"), k -> new HashMap<>());
                counts.put(rs.getString("state"), rs.getLong("n"));
                counts.merge(Batches.CHECK_FAILED, rs.getLong("f"), Long::sum);
                return null;
            });
            Map<Long, CrossChecks.Checked> checked = CrossChecks.checkedByBatch(tx);
            List<BatchView> views = new ArrayList<>();
            for (BatchRow row : tx.list("SELECT " + BatchRow.COLUMNS + " FROM batches ORDER BY id DESC",
                    BatchRow::read)) {
                views.add(row.view(Batches.counts(byBatch.getOrDefault(row.id(), Map.of())),
                        checked.getOrDefault(row.id(), CrossChecks.Checked.NONE)));
            }
            return views;
        });
    }

    @Override
    public Optional<BatchView> batch(long batchId) {
        return read(tx -> {
            Optional<BatchRow> row = tx.first("SELECT " + BatchRow.COLUMNS + " FROM batches WHERE id = ?",
                    BatchRow::read, batchId);
            return row.isPresent() ? Optional.of(Batches.view(tx, row.get())) : Optional.<BatchView>empty();
        });
    }

    @Override
    public Optional<String> owner(long batchId) {
        return read(tx -> tx.first("SELECT coalesce(owner, '') FROM batches WHERE id = ?", rs -> rs.getString(1), batchId)
                .filter(owner -> !owner.isEmpty()));
    }

    @Override
    public List<ItemView> items(long batchId, int afterSeq, int limit, ItemState state) {
        return read(tx -> {
            Tx.Row<ItemView> view = itemView(Batches.require(tx, batchId));
            if (state == null) {
                return tx.list("SELECT " + SORTED_COLUMNS + " FROM items WHERE batch_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                        view, batchId, afterSeq, limit);
            }
            return tx.list("SELECT " + SORTED_COLUMNS + " FROM items WHERE batch_id = ? AND state = ? AND seq > ? "
                    + "ORDER BY seq LIMIT ?", view, batchId, state.word(), afterSeq, limit);
        });
    }

    @Override
    public List<ItemView> items(long batchId, ItemOrder order, int offset, int limit, ItemState state) {
        return read(tx -> {
            Tx.Row<ItemView> view = itemView(Batches.require(tx, batchId));
            // the page is found by sorting only the key and the row id of each item, then read whole
            List<Object> args = new ArrayList<>();
            String key = sortKey(order, batchId, args);
            args.add(batchId);
            String where = itemsWhere(state, args);
            args.add(limit);
            args.add(Math.max(offset, 0));
            String direction = order.descending() ? " DESC" : "";
            String sorted = key == null ? "s" + direction : "k" + direction + " NULLS LAST, s";
            return tx.list("SELECT " + SORTED_COLUMNS + " FROM (SELECT id AS page_id, " + (key == null ? "NULL" : key)
                    + " AS k, seq AS s FROM items " + where + " ORDER BY " + sorted + " LIMIT ? OFFSET ?) "
                    + "JOIN items ON items.id = page_id ORDER BY " + sorted, view, args.toArray());
        });
    }

    @Override
    public OptionalInt position(long batchId, ItemOrder order, ItemState state, int seq) {
        return read(tx -> {
            Batches.require(tx, batchId);
            List<Object> args = new ArrayList<>();
            String orderBy = orderBy(order, batchId, args);
            args.add(batchId);
            String where = itemsWhere(state, args);
            args.add(seq);
            Optional<Integer> position = tx.first("SELECT n FROM (SELECT seq, row_number() OVER (ORDER BY " + orderBy
                    + ") - 1 AS n FROM items " + where + ") WHERE seq = ?", rs -> rs.getInt(1), args.toArray());
            return position.map(OptionalInt::of).orElse(OptionalInt.empty());
        });
    }

    private static final String SORTED_COLUMNS = "batch_id, seq, name, state, attempts, inputs, outputs, artifacts, "
            + "error, started, finished, engine, crosscheck, crosscheck_result";

    private static String itemsWhere(ItemState state, List<Object> args) {
        if (state == null) {
            return "WHERE batch_id = ?";
        }
        args.add(state.word());
        return "WHERE batch_id = ? AND state = ?";
    }

    /**
     * The ORDER BY of {@code order}: cases without a value last whichever the direction, ties in seq order. Values are
     * read from the stored JSON, so numbers compare as numbers, and texts after them, case-insensitively.
     */
    private static String orderBy(ItemOrder order, long batchId, List<Object> args) {
        String direction = order.descending() ? " DESC" : "";
        String key = sortKey(order, batchId, args);
        return key == null ? "seq" + direction : key + direction + " NULLS LAST, seq";
    }

    /** The value {@code order} sorts by, or null for seq; its parameters are added to {@code args}. */
    private static String sortKey(ItemOrder order, long batchId, List<Object> args) {
        return switch (order.by()) {
            case SEQ -> null;
            case NAME -> "name COLLATE NOCASE";
            case STATE -> "CASE state WHEN 'pending' THEN 0 WHEN 'running' THEN 1 WHEN 'succeeded' THEN 2 "
                    + "WHEN 'failed' THEN 3 WHEN 'cancelled' THEN 4 ELSE 5 END";
            case ATTEMPTS -> "attempts";
            case ERROR -> "error COLLATE NOCASE";
            case DURATION -> "(finished - started)";
            case CHECK -> "check_failed";
            case OUTPUT -> {
                args.add(valuePath(order.alias()));
                yield "json_extract(outputs, ?) COLLATE NOCASE";
            }
            case INPUT -> {
                // a case that left the input blank was calculated with the worksheet's value
                args.add(valuePath(order.alias()));
                args.add("$.designated.inputs" + valuePath(order.alias()).substring(1));
                args.add(batchId);
                yield "coalesce(json_extract(inputs, ?), (SELECT json_extract(spec, ?) FROM batches WHERE id = ?)) "
                        + "COLLATE NOCASE";
            }
        };
    }

    /** The JSON path of an alias's value in a map of values: {@code $."M_max".value}. */
    private static String valuePath(String alias) {
        return "$.\"" + alias + "\".value";
    }

    /** Reads the items of {@code batch}, with their cross-check when the batch is cross-checked. */
    private static Tx.Row<ItemView> itemView(BatchRow batch) {
        return rs -> itemView(rs, batch.crossCheck() != null);
    }

    private static ItemView itemView(ResultSet rs, boolean crossChecked) throws SQLException {
        return new ItemView(
                rs.getLong("batch_id"),
                rs.getInt("seq"),
                rs.getString("name"),
                ItemState.parse(rs.getString("state")),
                rs.getInt("attempts"),
                Columns.values(rs.getString("inputs")),
                Columns.values(rs.getString("outputs")),
                Columns.names(rs.getString("artifacts")),
                rs.getString("error"),
                Tx.instant(rs, "started"),
                Tx.instant(rs, "finished"),
                crossChecked ? CrossChecks.ofCase(rs) : null);
    }

    @Override
    public QueueTotals totals() {
        return read(tx -> {
            long batches = tx.number("SELECT count(*) FROM batches");
            Counts c = Batches.counts(Batches.stateCounts(tx, "SELECT state, count(*) FROM items GROUP BY state"));
            return new QueueTotals((int) batches, c.pending(), c.running(), c.succeeded(), c.failed(), c.cancelled());
        });
    }

    @Override
    public List<Event> events(long afterSeq, int limit) {
        return read(tx -> tx.list("SELECT seq, ts, type, batch_id, item, state, data FROM events WHERE seq > ? "
                + "ORDER BY seq LIMIT ?", SqliteQueueStore::event, afterSeq, limit));
    }

    @Override
    public List<Event> batchEvents(long batchId, long beforeSeq, int limit) {
        List<Event> events = new ArrayList<>(read(tx -> tx.list("SELECT seq, ts, type, batch_id, item, state, data FROM events "
                + "WHERE batch_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?", SqliteQueueStore::event, batchId, beforeSeq, limit)));
        Collections.reverse(events);
        return events;
    }

    private static Event event(ResultSet rs) throws SQLException {
        int item = rs.getInt("item");
        Integer itemSeq = rs.wasNull() ? null : item;
        return new Event(rs.getLong("seq"), Tx.instant(rs, "ts"), rs.getString("type"), rs.getLong("batch_id"),
                itemSeq, rs.getString("state"), Columns.tree(rs.getString("data")));
    }

    @Override
    public long lastEventSeq() {
        return read(tx -> tx.number("SELECT max(seq) FROM events"));
    }

    @Override
    public int pruneEvents(Instant before, long keepFromSeq) {
        return write("pruneEvents", tx -> tx.update("DELETE FROM events WHERE ts < ? AND seq < ? "
                + "AND seq < (SELECT max(seq) FROM events)", before, keepFromSeq));
    }

    @Override
    public void appendEvent(String type, JsonNode data) {
        Instant now = clock.instant();
        write("appendEvent", tx -> tx.append(now, type, 0, null, null, data));
    }

    // ---- engine processes ----

    @Override
    public void recordProcess(String boot, EngineProcess process) {
        write("recordProcess", tx -> tx.update("INSERT OR REPLACE INTO engine_processes (pid, started, boot, engine, role) "
                + "VALUES (?, ?, ?, ?, ?)", process.pid(), process.startedAt(), boot, process.engine(), process.role()));
    }

    @Override
    public void forgetProcess(String boot, long pid) {
        write("forgetProcess", tx -> tx.update("DELETE FROM engine_processes WHERE boot = ? AND pid = ?", boot, pid));
    }

    @Override
    public List<EngineProcess> processesOfOtherBoots(String boot) {
        return read(tx -> tx.list("SELECT pid, started, engine, role FROM engine_processes "
                        + "WHERE boot <> ? ORDER BY role DESC, pid",
                rs -> new EngineProcess(rs.getLong("pid"), Tx.instant(rs, "started"), rs.getString("engine"), rs.getString("role")), boot));
    }

    @Override
    public void forgetOtherBoots(String boot) {
        write("forgetOtherBoots", tx -> tx.update("DELETE FROM engine_processes WHERE boot <> ?", boot));
    }

    @Override
    public void onEvents(Consumer<List<Event>> listener) {
        file.onEvents(listener);
    }

    @Override
    public void close() {
        file.close();
    }

    /** The schema version of the open file, for tests and diagnostics. */
    int schemaVersion() {
        return file.schemaVersion();
    }

    private <T> T write(String operation, Tx.Work<T> work) {
        return file.write(operation, work);
    }

    private <T> T read(Tx.Work<T> work) {
        return file.read(work);
    }
}
