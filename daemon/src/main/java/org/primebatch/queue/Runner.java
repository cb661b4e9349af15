package org.primebatch.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.primebatch.engine.Engine;
import org.primebatch.store.Claim;
import org.primebatch.store.Fence;
import org.primebatch.store.Outcome;
import org.primebatch.store.QueueStore;

/**
 * Works the queue with four jobs, each on threads of its own: the {@link Claimer} claims as many cases as there are
 * idle {@link Worker}s, which run them; the {@link Committer} records their outcomes; the {@link Watchdog} renews the
 * leases of running cases, interrupts and fails a case that passes its timeout, and records a cancelled case that does
 * not stop within the grace period cancelled anyway (whatever it reports later is refused by the fence).
 */
public final class Runner implements AutoCloseable {
    private final Engines engines;
    private final Clock clock;

    private final Map<String, BlockingQueue<Claim>> ready = new LinkedHashMap<>();
    private final Map<String, AtomicLong> casesDone = new ConcurrentHashMap<>();
    private final Slots slots = new Slots();
    private final RunningCases running = new RunningCases();
    private final BatchContexts batches;
    private final Committer committer;
    private final Claimer claimer;
    private final Watchdog watchdog;

    private final List<Thread> workerThreads = new ArrayList<>();
    private Thread committerThread;
    private Thread claimerThread;
    private Thread watchdogThread;
    private volatile boolean stopping;

    public Runner(QueueStore store, Engines engines, RunnerConfig config, String owner, Clock clock) {
        this.engines = engines;
        this.clock = clock;
        QueueDecisions decisions = config.decisions();
        this.batches = new BatchContexts(store, config.caseTimeout());
        this.committer = new Committer(store, decisions, clock);
        this.claimer = new Claimer(store, engines, ready, slots, owner, config, clock, this::stopping);
        this.watchdog = new Watchdog(store, decisions, owner, config, running, this::claimedItems, committer, clock,
                this::stopping);
    }

    public void start() {
        for (Engine engine : engines.all()) {
            BlockingQueue<Claim> queue = new LinkedBlockingQueue<>();
            ready.put(engine.name(), queue);
            slots.add(engine.name());
            AtomicLong done = new AtomicLong();
            casesDone.put(engine.name(), done);
            for (int slot = 0; slot < engine.defaultSlots(); slot++) {
                Worker worker = new Worker(engine.name(), queue, engines, batches, running, committer, slots, done, clock,
                        this::stopping);
                workerThreads.add(thread("primebatch-worker-" + engine.name() + "-" + slot, worker));
            }
        }
        committerThread = thread("primebatch-committer", committer);
        claimerThread = thread("primebatch-claimer", claimer);
        watchdogThread = thread("primebatch-watchdog", watchdog);
        workerThreads.forEach(Thread::start);
        committerThread.start();
        claimerThread.start();
        watchdogThread.start();
    }

    private static Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    private boolean stopping() {
        return stopping;
    }

    /** Looks for work now rather than at the next poll: call after a submit, resume or retry. */
    public void wakeUp() {
        slots.wakeUp();
    }

    /** Stops the running cases named by these fences (from a cancel); they are recorded cancelled. */
    public void cancel(Collection<Fence> fences) {
        Instant now = clock.instant();
        for (Fence fence : fences) {
            RunningCase c = running.get(fence.itemId());
            if (c == null) {
                // claimed but not yet started by a worker, or held by a lease of an earlier boot
                committer.record(new Outcome.Cancelled(fence));
            } else if (c.claim().fence().equals(fence)) {
                c.cancel(now);
            }
        }
    }

    /** Cases of {@code engine} this runner finished (succeeded or failed). */
    public long casesDone(String engine) {
        AtomicLong done = casesDone.get(engine);
        return done == null ? 0 : done.get();
    }

    /** Forgets what it cached of a batch (after a delete or retry). */
    public void forget(long batchId) {
        batches.forget(batchId);
    }

    /** The items this runner holds a lease on: those running and those waiting for a worker. */
    private List<Long> claimedItems() {
        List<Long> ids = new ArrayList<>(running.itemIds());
        ready.values().forEach(queue -> queue.forEach(claim -> ids.add(claim.fence().itemId())));
        return ids;
    }

    /**
     * Stops claiming, records the outcomes already known, and returns every case still running or waiting to
     * pending without counting the attempt.
     */
    @Override
    public void close() {
        if (stopping) {
            return;
        }
        stopping = true;
        wakeUp();
        join(claimerThread);
        running.interruptAll();
        workerThreads.forEach(Runner::join);
        committer.stop();
        join(committerThread);
        join(watchdogThread);
        List<Fence> waiting = new ArrayList<>();
        ready.values().forEach(queue -> queue.forEach(c -> waiting.add(c.fence())));
        committer.finish(waiting);
    }

    private static void join(Thread t) {
        if (t == null) {
            return;
        }
        try {
            t.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
