package org.primebatch.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import com.fasterxml.jackson.databind.JsonNode;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseInput;
import org.primebatch.api.DaemonStatus.QueueTotals;
import org.primebatch.api.Event;
import org.primebatch.api.ItemOrder;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;

/**
 * The durable queue of batches and their items (one item per case).
 *
 * <p>Every method that changes state does so in one transaction that also appends the events describing the change;
 * after the commit those events are handed to the {@linkplain #onEvents listener} in sequence order. An item is
 * claimed with a lease owned by a boot id; the attempt number the claim gives it is its fencing token, so a late
 * completion from an expired lease is refused. A request the store refuses (no such batch, a batch in the wrong state)
 * throws {@link StoreException} of that {@linkplain StoreException.Kind kind}, as does a failing database.
 */
public interface QueueStore extends AutoCloseable {

    /** Queues a batch with all its cases in one transaction, or nothing. Cases are numbered from 1. */
    default BatchView submit(BatchSpec spec, List<CaseInput> cases) {
        return submit(id -> spec, cases);
    }

    /**
     * As {@link #submit(BatchSpec, List)}, with a spec made once the batch's id is known (a batch's own output folder
     * is named after it). {@code specOf} runs inside the transaction; when it throws, nothing is queued and no id is
     * used up.
     */
    default BatchView submit(LongFunction<BatchSpec> specOf, List<CaseInput> cases) {
        return submit(null, specOf, cases);
    }

    /** As {@link #submit(LongFunction, List)}, recording the user who submits the batch as its owner (null: none). */
    BatchView submit(String owner, LongFunction<BatchSpec> specOf, List<CaseInput> cases);

    /**
     * Claims up to {@code max} pending items whose retry time has come, of batches that are neither paused nor
     * cancelled, highest priority first, then oldest batch, then lowest seq. Each claimed item becomes running, its
     * attempt count goes up by one, and it is leased to {@code owner} until {@code leaseUntil}.
     */
    default List<Claim> claim(String owner, int max, Instant now, Instant leaseUntil) {
        return claim(owner, null, max, now, leaseUntil);
    }

    /**
     * As {@link #claim(String, int, Instant, Instant)}, only items of batches run by {@code engine} (null: any). The
     * runner always names the engine: that claim is indexed; one for any engine sorts the pending items it finds.
     */
    List<Claim> claim(String owner, String engine, int max, Instant now, Instant leaseUntil);

    /** Extends the leases {@code owner} holds on these items; returns how many were still held. */
    int renew(String owner, Collection<Long> itemIds, Instant leaseUntil);

    /**
     * Records outcomes in one transaction, each fenced on its lease. Returns, per outcome, whether it was accepted.
     * A failure the {@code decisions} retry returns the item to pending, due when they say; a batch they pause is
     * paused in the same transaction. Items of a cancelled batch never go back to pending.
     */
    List<Boolean> complete(List<Outcome> outcomes, Instant now, Decisions decisions);

    /** Returns leased items to pending without counting the attempt (a graceful stop). */
    int release(Collection<Fence> fences);

    /**
     * Returns items leased by any other owner (an earlier boot) to pending with their attempt counted; an item the
     * {@code decisions} do not run again fails instead. Returns how many items were touched.
     */
    int recover(String currentOwner, Instant now, Decisions decisions);

    /** Same as {@link #recover} for leases, of any owner, that ran out before {@code now}. */
    int expireLeases(Instant now, Decisions decisions);

    /** Cancels pending items at once; returns the running items, whose runners must stop and report cancellation. */
    List<Fence> cancelBatch(long batchId);

    /** Cancels one item: at once when pending; a running item's fence is returned to be interrupted. */
    Optional<Fence> cancelItem(long batchId, int seq);

    void pause(long batchId, String reason);

    void resume(long batchId);

    /** Returns failed and cancelled items to pending with their attempts reset; returns how many. */
    int retry(long batchId);

    /** Deletes a batch none of whose items is pending or running. */
    void delete(long batchId);

    List<BatchView> batches();

    Optional<BatchView> batch(long batchId);

    /** The user who submitted the batch; empty when there is no such batch or it was queued before owners were recorded. */
    Optional<String> owner(long batchId);

    /** Items with {@code seq > afterSeq}, in seq order, optionally only those in {@code state}. */
    List<ItemView> items(long batchId, int afterSeq, int limit, ItemState state);

    /**
     * Items in {@code order} (see {@link ItemOrder}), the first {@code offset} of them skipped, optionally only those in
     * {@code state}.
     */
    List<ItemView> items(long batchId, ItemOrder order, int offset, int limit, ItemState state);

    /**
     * How many items come before item {@code seq} in {@code order} among those in {@code state} (all when null); empty
     * when the batch has no such item or it is in another state.
     */
    OptionalInt position(long batchId, ItemOrder order, ItemState state, int seq);

    QueueTotals totals();

    /** Stored events with {@code seq > afterSeq}, oldest first. */
    List<Event> events(long afterSeq, int limit);

    /** The newest {@code limit} stored events of one batch with {@code seq < beforeSeq}, oldest first. */
    List<Event> batchEvents(long batchId, long beforeSeq, int limit);

    long lastEventSeq();

    /** Deletes events older than {@code before} whose seq is also below {@code keepFromSeq}; returns how many. */
    int pruneEvents(Instant before, long keepFromSeq);

    /** Appends a daemon-wide event (batch 0), such as an engine becoming unavailable. */
    void appendEvent(String type, JsonNode data);

    /** Remembers a process this boot started (an engine host, or a process a host started), to kill after a crash. */
    void recordProcess(String boot, EngineProcess process);

    /** Forgets a process once it has ended. */
    void forgetProcess(String boot, long pid);

    /** The processes recorded by boots other than {@code boot}. */
    List<EngineProcess> processesOfOtherBoots(String boot);

    /** Forgets every process recorded by boots other than {@code boot}. */
    void forgetOtherBoots(String boot);

    /** Sets the one listener that receives each committed transaction's events, in order. */
    void onEvents(Consumer<List<Event>> listener);

    @Override
    void close();
}
