package org.primebatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Counts;
import org.primebatch.api.Designated;
import org.primebatch.api.DaemonStatus.QueueTotals;
import org.primebatch.api.Event;
import org.primebatch.api.ItemOrder;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.Priority;
import org.primebatch.queue.QueueDecisions;
import org.primebatch.queue.RetryPolicy;

/**
 * What every {@link QueueStore} must do. An implementation's test supplies {@link #newStore}, which opens the store
 * kept in {@code dir} (the same directory gives the same data) using {@link #CLOCK}; the queue's decisions it is given
 * are {@link #DECISIONS}.
 */
abstract class QueueStoreContractTest {
    protected static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    /** Backoff of exactly 1 s, 2 s, 4 s…: the random factor is fixed at 1. */
    protected static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), () -> 0.5);
    /** The queue's decisions with {@link #RETRY}. */
    protected static final Decisions DECISIONS = new QueueDecisions(RETRY);
    protected static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final Instant LEASE = T0.plusSeconds(60);

    @TempDir
    Path dir;
    QueueStore store;
    private final List<QueueStore> opened = new ArrayList<>();

    protected abstract QueueStore newStore(Path dir);

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStores() {
        opened.forEach(QueueStore::close);
    }

    QueueStore open() {
        QueueStore s = newStore(dir);
        opened.add(s);
        return s;
    }

    QueueStore reopen() {
        store.close();
        store = open();
        return store;
    }

    static BatchSpec spec(String name, Priority priority, int retries) {
        return new BatchSpec(name, "beam.mcdx", null, null, null, null, priority, retries, null, null, null, null, null, null);
    }

    static BatchSpec spec(String name) {
        return spec(name, Priority.NORMAL, 2);
    }

    static List<CaseInput> cases(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> new CaseInput("case-" + i, Map.of("L", CaseValue.of(i, "m"), "tag", CaseValue.of("t" + i))))
                .toList();
    }

    long submit(String name, int n) {
        return store.submit(spec(name), cases(n)).id();
    }

    BatchView batch(long id) {
        return store.batch(id).orElseThrow();
    }

    ItemView item(long batchId, int seq) {
        return store.items(batchId, seq - 1, 1, null).get(0);
    }

    static Outcome.Succeeded success(Claim claim) {
        return new Outcome.Succeeded(claim.fence(), Map.of("M", CaseValue.of(12.5, "kN*m")), List.of("out/case.pdf"));
    }

    // ---- submit and read ----

    @Test
    void submitQueuesAllCasesAndPagesThemBySeq() {
        BatchView view = store.submit(spec("beams"), cases(25));

        assertThat(view.state()).isEqualTo(BatchState.QUEUED);
        assertThat(view.counts()).isEqualTo(new Counts(25, 25, 0, 0, 0, 0, 0));
        assertThat(view.created()).isEqualTo(T0);
        assertThat(view.spec()).isEqualTo(spec("beams"));
        assertThat(view.started()).isNull();

        List<ItemView> first = store.items(view.id(), 0, 10, null);
        List<ItemView> second = store.items(view.id(), 10, 10, null);
        List<ItemView> last = store.items(view.id(), 20, 10, null);
        assertThat(first).extracting(ItemView::seq).containsExactlyElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
        assertThat(second).extracting(ItemView::seq).containsExactlyElementsOf(IntStream.rangeClosed(11, 20).boxed().toList());
        assertThat(last).extracting(ItemView::seq).containsExactly(21, 22, 23, 24, 25);
        ItemView three = first.get(2);
        assertThat(three.name()).isEqualTo("case-3");
        assertThat(three.state()).isEqualTo(ItemState.PENDING);
        assertThat(three.inputs()).isEqualTo(cases(3).get(2).inputs());
        assertThat(three.attempts()).isZero();
        assertThat(store.items(view.id(), 0, 100, ItemState.RUNNING)).isEmpty();
        assertThat(store.totals()).isEqualTo(new QueueTotals(1, 25, 0, 0, 0, 0));
    }

    @Test
    void submitNumbersEveryCaseInOrder() {
        long id = submit("b", 205);
        List<ItemView> all = store.items(id, 0, 1000, null);
        assertThat(all).extracting(ItemView::seq).containsExactlyElementsOf(IntStream.rangeClosed(1, 205).boxed().toList());
        assertThat(all).extracting(ItemView::name).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 205).mapToObj(i -> "case-" + i).toList());
    }

    @Test
    void submitRejectsAnEmptyCaseList() {
        assertThatThrownBy(() -> store.submit(spec("empty"), List.of()))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.INVALID_CASES));
        assertThat(store.batches()).isEmpty();
        assertThat(store.lastEventSeq()).isZero();
    }

    @Test
    void submitsAHundredThousandCasesInOneTransaction() {
        List<CaseInput> many = IntStream.rangeClosed(1, 100_000)
                .mapToObj(i -> new CaseInput(null, Map.of("x", CaseValue.of(i, null)))).toList();
        BatchView view = store.submit(spec("big"), many);

        assertThat(view.counts().pending()).isEqualTo(100_000);
        assertThat(store.items(view.id(), 99_998, 10, null)).extracting(ItemView::seq).containsExactly(99_999, 100_000);
        assertThat(store.events(0, 10)).extracting(Event::type).containsExactly(Event.BATCH_SUBMITTED);
    }

    @Test
    void itemsComeSortedByAColumnWithBlanksLastAndTiesInSeqOrder() {
        // L: 3, 1, blank (the worksheet's 4), 2, 1, 5; M: 10, 30, -, 20, 30, -; case 3 fails, case 6 still runs
        List<CaseInput> cases = new ArrayList<>();
        double[] lengths = {3, 1, Double.NaN, 2, 1, 5};
        for (int i = 1; i <= 6; i++) {
            double length = lengths[i - 1];
            cases.add(new CaseInput((i == 2 ? "Case-" : "case-") + i, Double.isNaN(length) ? Map.of() : Map.of("L", CaseValue.of(length, "m"))));
        }
        BatchSpec spec = new BatchSpec("sorted", "beam.mcdx", null, null, null, null, Priority.NORMAL, 0, null, null, null,
                null, null, null, new Designated(Map.of("L", CaseValue.of(4, "m")), List.of("M")), "M <= 25");
        long id = store.submit(spec, cases).id();
        List<Claim> claims = store.claim("a", 6, T0, LEASE);
        int[] seconds = {5, 1, 4, 3, 2};
        double[] moments = {10, 30, 0, 20, 30};
        for (int i = 0; i < 5; i++) {
            Claim claim = claims.get(i);
            Outcome outcome = claim.seq() == 3 ? new Outcome.Failed(claim.fence(), "boom", false)
                    : new Outcome.Succeeded(claim.fence(), Map.of("M", CaseValue.of(moments[i], "kN*m")), List.of(),
                    moments[i] <= 25);
            store.complete(List.of(outcome), T0.plusSeconds(seconds[i]), DECISIONS);
        }

        assertThat(seqs(id, ItemOrder.output("M", false), 0, 10, null)).containsExactly(1, 4, 2, 5, 3, 6);
        assertThat(seqs(id, ItemOrder.output("M", true), 0, 10, null)).containsExactly(2, 5, 4, 1, 3, 6);
        assertThat(seqs(id, ItemOrder.input("L", false), 0, 10, null)).containsExactly(2, 5, 4, 1, 3, 6);
        assertThat(seqs(id, ItemOrder.input("L", true), 0, 10, null)).containsExactly(6, 3, 1, 4, 2, 5);
        assertThat(seqs(id, ItemOrder.by(ItemOrder.By.STATE, false), 0, 10, null)).containsExactly(6, 1, 2, 4, 5, 3);
        assertThat(seqs(id, ItemOrder.by(ItemOrder.By.CHECK, false), 0, 10, null)).containsExactly(1, 4, 2, 5, 3, 6);
        assertThat(seqs(id, ItemOrder.by(ItemOrder.By.CHECK, true), 0, 10, null)).containsExactly(2, 5, 1, 4, 3, 6);
        assertThat(seqs(id, ItemOrder.by(ItemOrder.By.DURATION, false), 0, 10, null)).containsExactly(2, 5, 4, 3, 1, 6);
        // names compare regardless of case: Case-2 comes between case-1 and case-3
        assertThat(seqs(id, ItemOrder.by(ItemOrder.By.NAME, true), 0, 10, null)).containsExactly(6, 5, 4, 3, 2, 1);
        assertThat(seqs(id, ItemOrder.by(ItemOrder.By.NAME, false), 0, 10, null)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(seqs(id, ItemOrder.by(ItemOrder.By.SEQ, true), 0, 10, null)).containsExactly(6, 5, 4, 3, 2, 1);
        assertThat(seqs(id, ItemOrder.by(ItemOrder.By.ERROR, false), 0, 10, null)).containsExactly(3, 1, 2, 4, 5, 6);

        assertThat(seqs(id, ItemOrder.output("M", false), 2, 2, null)).containsExactly(2, 5);
        assertThat(seqs(id, ItemOrder.output("M", true), 0, 10, ItemState.SUCCEEDED)).containsExactly(2, 5, 4, 1);
        assertThat(seqs(id, ItemOrder.output("M", false), 6, 10, null)).isEmpty();

        assertThat(store.position(id, ItemOrder.output("M", true), null, 4)).hasValue(2);
        assertThat(store.position(id, ItemOrder.output("M", true), null, 3)).hasValue(4);
        assertThat(store.position(id, ItemOrder.output("M", true), ItemState.SUCCEEDED, 1)).hasValue(3);
        assertThat(store.position(id, ItemOrder.output("M", true), ItemState.FAILED, 4)).isEmpty();
        assertThat(store.position(id, ItemOrder.SEQ, null, 7)).isEmpty();
        assertThatThrownBy(() -> store.items(id + 100, ItemOrder.SEQ, 0, 10, null))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
    }

    private List<Integer> seqs(long id, ItemOrder order, int offset, int limit, ItemState state) {
        return store.items(id, order, offset, limit, state).stream().map(ItemView::seq).toList();
    }

    @Test
    void batchesAreListedNewestFirst() {
        long a = submit("a", 1);
        long b = submit("b", 1);
        assertThat(store.batches()).extracting(BatchView::id).containsExactly(b, a);
        assertThat(store.batch(b + 100)).isEmpty();
        assertThatThrownBy(() -> store.items(b + 100, 0, 10, null))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
    }

    // ---- claim ----

    @Test
    void claimsHighPriorityFirstThenOldestBatchThenSeq() {
        long normal = store.submit(spec("normal", Priority.NORMAL, 2), cases(3)).id();
        long low = store.submit(spec("low", Priority.LOW, 2), cases(2)).id();
        long high = store.submit(spec("high", Priority.HIGH, 2), cases(2)).id();
        long normal2 = store.submit(spec("normal2", Priority.NORMAL, 2), cases(1)).id();

        List<Claim> claims = store.claim("boot-1", 100, T0, LEASE);

        assertThat(claims).extracting(c -> c.batchId() + ":" + c.seq()).containsExactly(
                high + ":1", high + ":2", normal + ":1", normal + ":2", normal + ":3", normal2 + ":1", low + ":1",
                low + ":2");
        Claim first = claims.get(0);
        assertThat(first.fence().owner()).isEqualTo("boot-1");
        assertThat(first.fence().attempt()).isEqualTo(1);
        assertThat(first.name()).isEqualTo("case-1");
        assertThat(first.inputs()).isEqualTo(cases(1).get(0).inputs());
        assertThat(store.claim("boot-1", 100, T0, LEASE)).isEmpty();

        ItemView running = item(high, 1);
        assertThat(running.state()).isEqualTo(ItemState.RUNNING);
        assertThat(running.attempts()).isEqualTo(1);
        assertThat(running.started()).isEqualTo(T0);
        BatchView highView = batch(high);
        assertThat(highView.state()).isEqualTo(BatchState.RUNNING);
        assertThat(highView.started()).isEqualTo(T0);
    }

    @Test
    void claimTakesAtMostMax() {
        long id = submit("b", 5);
        assertThat(store.claim("o", 2, T0, LEASE)).extracting(Claim::seq).containsExactly(1, 2);
        assertThat(store.claim("o", 2, T0, LEASE)).extracting(Claim::seq).containsExactly(3, 4);
        assertThat(batch(id).counts().running()).isEqualTo(4);
    }

    @Test
    void claimSkipsPausedAndCancelledBatches() {
        long paused = submit("paused", 2);
        long cancelled = submit("cancelled", 2);
        long open = submit("open", 1);
        store.pause(paused, "by hand");
        store.cancelBatch(cancelled);

        assertThat(store.claim("o", 10, T0, LEASE)).extracting(Claim::batchId).containsExactly(open);

        store.resume(paused);
        assertThat(store.claim("o", 10, T0, LEASE)).extracting(Claim::batchId).containsExactly(paused, paused);
    }

    @Test
    void claimIsExclusiveBetweenOwners() {
        submit("b", 6);
        List<Claim> a = store.claim("a", 3, T0, LEASE);
        List<Claim> b = store.claim("b", 10, T0, LEASE);
        assertThat(a).hasSize(3);
        assertThat(b).hasSize(3);
        assertThat(ids(a)).doesNotContainAnyElementsOf(ids(b));
    }

    @Test
    void concurrentClaimsFromTwoHandlesGetEachItemExactlyOnce() throws Exception {
        submit("race", 500);
        QueueStore other = open();
        List<Long> claimed = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (QueueStore handle : List.of(store, other)) {
                String owner = handle == store ? "a" : "b";
                runs.add(pool.submit(() -> {
                    start.await();
                    List<Claim> batch;
                    while (!(batch = handle.claim(owner, 7, T0, LEASE)).isEmpty()) {
                        claimed.addAll(ids(batch));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(claimed).hasSize(500).doesNotHaveDuplicates();
        assertThat(store.totals().running()).isEqualTo(500);
    }

    static List<Long> ids(List<Claim> claims) {
        return claims.stream().map(c -> c.fence().itemId()).toList();
    }

    // ---- leases ----

    @Test
    void renewExtendsOnlyLeasesTheOwnerHolds() {
        submit("b", 2);
        List<Claim> claims = store.claim("a", 2, T0, T0.plusSeconds(10));
        List<Long> ids = ids(claims);

        assertThat(store.renew("someone-else", ids, T0.plusSeconds(100))).isZero();
        assertThat(store.renew("a", ids, T0.plusSeconds(100))).isEqualTo(2);
        assertThat(store.expireLeases(T0.plusSeconds(50), DECISIONS)).isZero();
        assertThat(store.expireLeases(T0.plusSeconds(101), DECISIONS)).isEqualTo(2);
        assertThat(store.renew("a", ids, T0.plusSeconds(200))).isZero();
    }

    @Test
    void anExpiredLeaseReturnsTheItemWithTheAttemptCountedAndFencesOutTheOldRunner() {
        long id = submit("b", 1);
        Claim old = store.claim("a", 1, T0, T0.plusSeconds(10)).get(0);

        assertThat(store.expireLeases(T0.plusSeconds(5), DECISIONS)).isZero();
        assertThat(store.expireLeases(T0.plusSeconds(11), DECISIONS)).isEqualTo(1);
        ItemView back = item(id, 1);
        assertThat(back.state()).isEqualTo(ItemState.PENDING);
        assertThat(back.attempts()).isEqualTo(1);
        assertThat(store.events(0, 100)).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo(Event.ITEM_REQUEUED);
            assertThat(e.data().get("reason").asText()).isEqualTo("lease expired");
        });

        Claim again = store.claim("a", 1, T0.plusSeconds(12), T0.plusSeconds(30)).get(0);
        assertThat(again.fence().attempt()).isEqualTo(2);
        assertThat(store.complete(List.of(success(old)), T0.plusSeconds(13), DECISIONS)).containsExactly(false);
        assertThat(item(id, 1).state()).isEqualTo(ItemState.RUNNING);
        assertThat(store.complete(List.of(success(again)), T0.plusSeconds(14), DECISIONS)).containsExactly(true);
        assertThat(item(id, 1).state()).isEqualTo(ItemState.SUCCEEDED);
    }

    @Test
    void completionWithAWrongOwnerOrStaleAttemptIsRefusedAndChangesNothing() {
        long id = submit("b", 1);
        Claim claim = store.claim("a", 1, T0, LEASE).get(0);
        Fence f = claim.fence();
        long seqBefore = store.lastEventSeq();

        List<Boolean> accepted = store.complete(List.of(
                new Outcome.Succeeded(new Fence(f.itemId(), "intruder", f.attempt()), Map.of(), List.of()),
                new Outcome.Failed(new Fence(f.itemId(), f.owner(), f.attempt() + 1), "boom", false),
                new Outcome.Cancelled(new Fence(f.itemId() + 999, f.owner(), f.attempt()))), T0.plusSeconds(1), DECISIONS);

        assertThat(accepted).containsExactly(false, false, false);
        ItemView unchanged = item(id, 1);
        assertThat(unchanged.state()).isEqualTo(ItemState.RUNNING);
        assertThat(unchanged.attempts()).isEqualTo(1);
        assertThat(unchanged.error()).isNull();
        assertThat(store.lastEventSeq()).isEqualTo(seqBefore);
        assertThat(store.release(List.of(new Fence(f.itemId(), "intruder", 1)))).isZero();
    }

    @Test
    void successRecordsOutputsAndFinishesTheBatch() {
        long id = submit("b", 2);
        List<Claim> claims = store.claim("a", 2, T0, LEASE);

        assertThat(store.complete(List.of(success(claims.get(0)), success(claims.get(1))), T0.plusSeconds(3), DECISIONS))
                .containsExactly(true, true);

        ItemView done = item(id, 1);
        assertThat(done.state()).isEqualTo(ItemState.SUCCEEDED);
        assertThat(done.outputs()).isEqualTo(Map.of("M", CaseValue.of(12.5, "kN*m")));
        assertThat(done.artifacts()).containsExactly("out/case.pdf");
        assertThat(done.finished()).isEqualTo(T0.plusSeconds(3));
        BatchView view = batch(id);
        assertThat(view.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(view.finished()).isEqualTo(T0.plusSeconds(3));
        Event last = store.events(0, 100).get(store.events(0, 100).size() - 1);
        assertThat(last.type()).isEqualTo(Event.BATCH_FINISHED);
        assertThat(last.state()).isEqualTo("succeeded");
        assertThat(store.complete(List.of(success(claims.get(0))), T0.plusSeconds(4), DECISIONS)).containsExactly(false);
    }

    @Test
    void releaseReturnsTheItemWithoutCountingTheAttempt() {
        long id = submit("b", 1);
        Claim claim = store.claim("a", 1, T0, LEASE).get(0);
        assertThat(store.release(List.of(claim.fence()))).isEqualTo(1);
        assertThat(item(id, 1).state()).isEqualTo(ItemState.PENDING);
        assertThat(item(id, 1).attempts()).isZero();
        assertThat(store.claim("a", 1, T0, LEASE).get(0).fence().attempt()).isEqualTo(1);
    }

    // ---- failures and retries ----

    @Test
    void aRetryableFailureWaitsForTheBackoffBeforeTheNextAttempt() {
        long id = submit("b", 1);
        Claim first = store.claim("a", 1, T0, LEASE).get(0);

        assertThat(store.complete(List.of(new Outcome.Failed(first.fence(), "engine crashed", true)), T0, DECISIONS))
                .containsExactly(true);

        ItemView waiting = item(id, 1);
        assertThat(waiting.state()).isEqualTo(ItemState.PENDING);
        assertThat(waiting.error()).isEqualTo("engine crashed");
        assertThat(waiting.attempts()).isEqualTo(1);
        Event retrying = store.events(0, 100).stream().filter(e -> e.type().equals(Event.ITEM_RETRYING)).findFirst()
                .orElseThrow();
        assertThat(retrying.state()).isEqualTo("pending");
        assertThat(retrying.data().get("retryAt").asText()).isEqualTo(T0.plusSeconds(1).toString());
        assertThat(retrying.data().get("attempt").asInt()).isEqualTo(1);

        assertThat(store.claim("a", 1, T0.plusMillis(999), LEASE)).isEmpty();
        Claim second = store.claim("a", 1, T0.plusSeconds(1), LEASE).get(0);
        assertThat(second.fence().attempt()).isEqualTo(2);

        store.complete(List.of(new Outcome.Failed(second.fence(), "again", true)), T0.plusSeconds(1), DECISIONS);
        assertThat(store.claim("a", 1, T0.plusMillis(2999), LEASE)).isEmpty();
        assertThat(store.claim("a", 1, T0.plusSeconds(3), LEASE)).hasSize(1);
    }

    @Test
    void aFailureThatARetryCannotFixFailsAtOnce() {
        long id = submit("b", 1);
        Claim claim = store.claim("a", 1, T0, LEASE).get(0);
        store.complete(List.of(new Outcome.Failed(claim.fence(), "unknown alias 'Q'", false)), T0.plusSeconds(1), DECISIONS);

        ItemView failed = item(id, 1);
        assertThat(failed.state()).isEqualTo(ItemState.FAILED);
        assertThat(failed.error()).isEqualTo("unknown alias 'Q'");
        assertThat(batch(id).state()).isEqualTo(BatchState.FAILED);
        assertThat(batch(id).finished()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void anItemOutOfAttemptsFails() {
        long id = store.submit(spec("b", Priority.NORMAL, 1), cases(1)).id();
        Claim first = store.claim("a", 1, T0, LEASE).get(0);
        store.complete(List.of(new Outcome.Failed(first.fence(), "timeout", true)), T0, DECISIONS);
        Claim second = store.claim("a", 1, T0.plusSeconds(5), LEASE).get(0);
        store.complete(List.of(new Outcome.Failed(second.fence(), "timeout", true)), T0.plusSeconds(6), DECISIONS);

        ItemView failed = item(id, 1);
        assertThat(failed.state()).isEqualTo(ItemState.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(store.claim("a", 1, T0.plusSeconds(600), LEASE)).isEmpty();
    }

    @Test
    void tooManyFailuresPauseTheBatch() {
        BatchSpec strict = new BatchSpec("strict", "beam.mcdx", null, null, null, null, null, 0, null, 0.5, 2, null, null, null);
        long id = store.submit(strict, cases(6)).id();
        List<Claim> claims = store.claim("a", 3, T0, LEASE);

        store.complete(List.of(new Outcome.Failed(claims.get(0).fence(), "bad", false)), T0, DECISIONS);
        assertThat(batch(id).state()).isEqualTo(BatchState.RUNNING);
        store.complete(List.of(success(claims.get(1))), T0, DECISIONS);
        assertThat(batch(id).state()).isEqualTo(BatchState.RUNNING);
        store.complete(List.of(new Outcome.Failed(claims.get(2).fence(), "bad", false)), T0, DECISIONS);

        BatchView paused = batch(id);
        assertThat(paused.state()).isEqualTo(BatchState.PAUSED);
        assertThat(paused.pauseReason()).isEqualTo("error threshold");
        assertThat(store.claim("a", 10, T0, LEASE)).isEmpty();
        assertThat(store.events(0, 100)).filteredOn(e -> e.type().equals(Event.BATCH_PAUSED)).hasSize(1);
    }

    // ---- cancel, pause, retry, delete ----

    @Test
    void cancellingABatchCancelsPendingItemsAtOnceAndReturnsTheRunningOnes() {
        long id = submit("b", 5);
        List<Claim> running = store.claim("a", 2, T0, LEASE);

        List<Fence> fences = store.cancelBatch(id);

        assertThat(fences).containsExactlyElementsOf(running.stream().map(Claim::fence).toList());
        BatchView view = batch(id);
        assertThat(view.counts()).isEqualTo(new Counts(5, 0, 2, 0, 0, 3, 0));
        assertThat(view.state().isFinal()).isFalse();
        assertThat(store.events(0, 100)).filteredOn(e -> e.type().equals(Event.BATCH_CANCELLED)).singleElement()
                .satisfies(e -> assertThat(e.data().get("cancelled").asInt()).isEqualTo(3));
        assertThat(store.events(0, 100)).noneMatch(e -> e.type().equals(Event.ITEM_CANCELLED));

        store.complete(fences.stream().<Outcome>map(Outcome.Cancelled::new).toList(), T0.plusSeconds(2), DECISIONS);

        BatchView done = batch(id);
        assertThat(done.state()).isEqualTo(BatchState.CANCELLED);
        assertThat(done.finished()).isEqualTo(T0.plusSeconds(2));
        assertThat(store.events(0, 100)).last().extracting(Event::type, Event::state)
                .containsExactly(Event.BATCH_FINISHED, "cancelled");
        assertRefused(() -> store.cancelBatch(id), StoreException.Kind.INVALID_STATE);
        assertRefused(() -> store.cancelBatch(id + 100), StoreException.Kind.NOT_FOUND);
    }

    @Test
    void itemsOfACancelledBatchNeverGoBackToPending() {
        long id = submit("b", 3);
        List<Claim> running = store.claim("a", 2, T0, T0.plusSeconds(10));
        store.cancelBatch(id);

        store.complete(List.of(new Outcome.Failed(running.get(0).fence(), "engine crashed", true)), T0.plusSeconds(1), DECISIONS);
        assertThat(item(id, 1).state()).isEqualTo(ItemState.FAILED);
        store.expireLeases(T0.plusSeconds(11), DECISIONS);
        assertThat(item(id, 2).state()).isEqualTo(ItemState.CANCELLED);

        assertThat(batch(id).state()).isEqualTo(BatchState.CANCELLED);
        assertThat(batch(id).finished()).isEqualTo(T0.plusSeconds(11));
    }

    @Test
    void cancellingABatchWithNothingRunningFinishesIt() {
        long id = submit("b", 3);
        assertThat(store.cancelBatch(id)).isEmpty();
        BatchView view = batch(id);
        assertThat(view.state()).isEqualTo(BatchState.CANCELLED);
        assertThat(view.finished()).isEqualTo(T0);
    }

    @Test
    void cancellingOneItem() {
        long id = submit("b", 3);
        Claim running = store.claim("a", 1, T0, LEASE).get(0);

        assertThat(store.cancelItem(id, 2)).isEmpty();
        assertThat(item(id, 2).state()).isEqualTo(ItemState.CANCELLED);
        assertThat(store.cancelItem(id, 1)).contains(running.fence());
        assertThat(item(id, 1).state()).isEqualTo(ItemState.RUNNING);
        assertRefused(() -> store.cancelItem(id, 2), StoreException.Kind.INVALID_STATE);
        assertRefused(() -> store.cancelItem(id, 9), StoreException.Kind.NOT_FOUND);
        assertRefused(() -> store.cancelItem(id + 100, 1), StoreException.Kind.NOT_FOUND);
        assertThat(store.events(0, 100)).filteredOn(e -> e.type().equals(Event.ITEM_CANCELLED))
                .extracting(Event::item).containsExactly(2);
    }

    @Test
    void pauseAndResume() {
        long id = submit("b", 1);
        store.pause(id, "lunch");
        assertThat(batch(id).state()).isEqualTo(BatchState.PAUSED);
        assertThat(batch(id).pauseReason()).isEqualTo("lunch");

        store.resume(id);
        assertThat(batch(id).state()).isEqualTo(BatchState.QUEUED);
        assertThat(batch(id).pauseReason()).isNull();
        assertThat(store.events(0, 100)).extracting(Event::type)
                .containsExactly(Event.BATCH_SUBMITTED, Event.BATCH_PAUSED, Event.BATCH_RESUMED);

        Claim claim = store.claim("a", 1, T0, LEASE).get(0);
        store.complete(List.of(success(claim)), T0, DECISIONS);
        assertRefused(() -> store.pause(id, "too late"), StoreException.Kind.INVALID_STATE);
        assertRefused(() -> store.pause(id + 100, "x"), StoreException.Kind.NOT_FOUND);
    }

    @Test
    void retryReturnsFailedAndCancelledItemsToPending() {
        long id = submit("b", 3);
        List<Claim> claims = store.claim("a", 2, T0, LEASE);
        store.complete(List.of(new Outcome.Failed(claims.get(0).fence(), "bad", false), success(claims.get(1))), T0, DECISIONS);
        store.cancelItem(id, 3);
        assertThat(batch(id).state()).isEqualTo(BatchState.FAILED);

        assertThat(store.retry(id)).isEqualTo(2);

        BatchView view = batch(id);
        assertThat(view.finished()).isNull();
        assertThat(view.counts()).isEqualTo(new Counts(3, 2, 0, 1, 0, 0, 0));
        ItemView again = item(id, 1);
        assertThat(again.state()).isEqualTo(ItemState.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(again.error()).isNull();
        assertThat(store.events(0, 100)).filteredOn(e -> e.type().equals(Event.BATCH_RETRIED)).singleElement()
                .satisfies(e -> assertThat(e.data().get("items").asInt()).isEqualTo(2));
        assertThat(store.claim("a", 10, T0, LEASE)).extracting(Claim::seq).containsExactly(1, 3);
        assertRefused(() -> store.retry(id), StoreException.Kind.INVALID_STATE);
    }

    @Test
    void retryOfACancelledBatchClearsTheFlag() {
        long id = submit("b", 2);
        store.cancelBatch(id);
        assertThat(store.retry(id)).isEqualTo(2);
        assertThat(batch(id).state()).isEqualTo(BatchState.QUEUED);
        assertThat(store.claim("a", 10, T0, LEASE)).hasSize(2);
    }

    @Test
    void deleteOnlyAFinishedBatch() {
        long id = submit("b", 1);
        assertRefused(() -> store.delete(id), StoreException.Kind.INVALID_STATE);
        store.cancelBatch(id);

        store.delete(id);

        assertThat(store.batch(id)).isEmpty();
        assertThat(store.totals()).isEqualTo(new QueueTotals(0, 0, 0, 0, 0, 0));
        assertThat(store.events(0, 100)).last().extracting(Event::type, Event::batch)
                .containsExactly(Event.BATCH_DELETED, id);
        assertRefused(() -> store.delete(id), StoreException.Kind.NOT_FOUND);
    }

    @Test
    void theIdOfADeletedBatchIsNeverGivenAgainNotEvenAfterARestart() {
        long older = submit("older", 1);
        long newest = submit("newest", 1);
        store.cancelBatch(newest);
        store.delete(newest);
        reopen();

        long next = submit("next", 1);

        assertThat(next).isGreaterThan(newest).isGreaterThan(older);
        assertThat(store.batch(newest)).isEmpty();
    }

    // ---- restart ----

    @Test
    void recoveryAfterARestartRequeuesTheOldBootsItemsWithTheAttemptCounted() {
        long keep = submit("keep", 1);
        long last = store.submit(spec("last", Priority.NORMAL, 0), cases(1)).id();
        store.claim("boot-1", 10, T0, LEASE);

        reopen();
        long another = submit("another", 1);
        Claim mine = store.claim("boot-2", 10, T0.plusSeconds(1), LEASE).get(0);
        assertThat(mine.batchId()).isEqualTo(another);

        assertThat(store.recover("boot-2", T0.plusSeconds(2), DECISIONS)).isEqualTo(2);

        ItemView requeued = item(keep, 1);
        assertThat(requeued.state()).isEqualTo(ItemState.PENDING);
        assertThat(requeued.attempts()).isEqualTo(1);
        ItemView failed = item(last, 1);
        assertThat(failed.state()).isEqualTo(ItemState.FAILED);
        assertThat(failed.error()).startsWith("interrupted");
        assertThat(batch(last).state()).isEqualTo(BatchState.FAILED);
        assertThat(item(another, 1).state()).isEqualTo(ItemState.RUNNING);
        assertThat(store.claim("boot-2", 10, T0.plusSeconds(3), LEASE)).singleElement()
                .satisfies(c -> assertThat(c.fence().attempt()).isEqualTo(2));
    }

    // ---- events ----

    @Test
    void everyStateChangeIsAnEventWithAnIncreasingSeqDeliveredAfterCommit() {
        List<List<Event>> delivered = new CopyOnWriteArrayList<>();
        store.onEvents(delivered::add);

        long id = submit("b", 2);
        List<Claim> claims = store.claim("a", 2, T0, LEASE);
        store.complete(List.of(success(claims.get(0)), new Outcome.Failed(claims.get(1).fence(), "x", false)), T0, DECISIONS);
        assertRefused(() -> store.pause(id, "too late"), StoreException.Kind.INVALID_STATE);

        List<Event> stored = store.events(0, 100);
        assertThat(stored).extracting(Event::type).containsExactly(Event.BATCH_SUBMITTED, Event.ITEM_STARTED,
                Event.ITEM_STARTED, Event.ITEM_SUCCEEDED, Event.ITEM_FAILED, Event.BATCH_FINISHED);
        assertThat(stored).extracting(Event::seq).isSorted().doesNotHaveDuplicates();
        assertThat(delivered).hasSize(3);
        assertThat(delivered.stream().flatMap(List::stream).toList()).isEqualTo(stored);
        assertThat(stored.get(1).item()).isEqualTo(1);
        assertThat(stored.get(1).state()).isEqualTo("running");
        assertThat(stored.get(1).data().get("attempt").asInt()).isEqualTo(1);
        assertThat(stored.get(0).ts()).isEqualTo(T0);
        assertThat(stored.get(5).state()).isEqualTo("failed");
        assertThat(store.lastEventSeq()).isEqualTo(stored.get(5).seq());
        assertThat(store.events(stored.get(3).seq(), 100)).isEqualTo(stored.subList(4, 6));
        assertThat(store.events(stored.get(1).seq(), 2)).isEqualTo(stored.subList(2, 4));
    }

    @Test
    void aBatchsEventsArePagedNewestPageFirstEachPageOldestFirst() {
        long first = submit("first", 2);
        long other = submit("other", 1);
        store.pause(first, "p");
        store.pause(other, "p");
        store.resume(first);
        List<Event> ofFirst = store.events(0, 100).stream().filter(event -> event.batch() == first).toList();
        assertThat(ofFirst).extracting(Event::type)
                .containsExactly(Event.BATCH_SUBMITTED, Event.BATCH_PAUSED, Event.BATCH_RESUMED);

        assertThat(store.batchEvents(first, Long.MAX_VALUE, 100)).isEqualTo(ofFirst);
        assertThat(store.batchEvents(first, Long.MAX_VALUE, 2)).isEqualTo(ofFirst.subList(1, 3));
        assertThat(store.batchEvents(first, ofFirst.get(1).seq(), 2)).isEqualTo(ofFirst.subList(0, 1));
        assertThat(store.batchEvents(first, ofFirst.get(0).seq(), 2)).isEmpty();
        assertThat(store.batchEvents(other + 1, Long.MAX_VALUE, 10)).isEmpty();
    }

    @Test
    void pruningKeepsEventsFromTheGivenSeqAndAlwaysTheNewest() {
        long id = submit("b", 1);
        store.pause(id, "p");
        store.resume(id);
        List<Event> all = store.events(0, 100);

        assertThat(store.pruneEvents(T0.plusSeconds(1), all.get(1).seq())).isEqualTo(1);
        assertThat(store.events(0, 100)).isEqualTo(all.subList(1, 3));
        assertThat(store.pruneEvents(T0.plusSeconds(1), Long.MAX_VALUE)).isEqualTo(1);
        assertThat(store.events(0, 100)).isEqualTo(all.subList(2, 3));
        assertThat(store.pruneEvents(T0.minusSeconds(1), Long.MAX_VALUE)).isZero();

        store.pause(id, "again");
        assertThat(store.lastEventSeq()).isEqualTo(all.get(2).seq() + 1);
    }

    // ---- durability ----

    @Test
    void everythingSurvivesCloseAndReopen() {
        long id = submit("b", 3);
        List<Claim> claims = store.claim("a", 2, T0, LEASE);
        store.complete(List.of(success(claims.get(0))), T0.plusSeconds(1), DECISIONS);
        store.pause(id, "night");
        BatchView before = batch(id);
        List<ItemView> itemsBefore = store.items(id, 0, 10, null);
        List<Event> eventsBefore = store.events(0, 100);

        reopen();

        assertThat(batch(id)).isEqualTo(before);
        assertThat(store.items(id, 0, 10, null)).isEqualTo(itemsBefore);
        assertThat(store.events(0, 100)).isEqualTo(eventsBefore);
        assertThat(store.lastEventSeq()).isEqualTo(eventsBefore.get(eventsBefore.size() - 1).seq());
        assertThat(store.complete(List.of(success(claims.get(1))), T0.plusSeconds(2), DECISIONS)).containsExactly(true);
    }

    static void assertRefused(Runnable call, StoreException.Kind kind) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
