package org.primebatch.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primebatch.api.ArtifactNames;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchView;
import org.primebatch.engine.Engine;
import org.primebatch.store.Claim;
import org.primebatch.store.Fence;
import org.primebatch.store.Outcome;
import org.primebatch.store.QueueStore;

/**
 * Works the queue: claims as many items as it has idle workers, runs them, and records their outcomes.
 *
 * <p>Outcomes are recorded by one committer thread that takes every outcome waiting and commits them in one
 * transaction, so a durable commit is shared by all cases that finished meanwhile. Leases are renewed while a case
 * runs; a case that passes its timeout is interrupted and failed (retryable); a cancelled case that does not stop
 * within the grace period is recorded cancelled anyway, and whatever it reports later is refused by the fence.
 */
public final class Runner implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Runner.class.getName());
    private static final String WORKER = "primebatch-worker-";
    private static final String CLAIMER = "primebatch-claimer";
    private static final Outcome STOP = new Outcome.Cancelled(new Fence(-1, "", 0));

    private final QueueStore store;
    private final Engines engines;
    private final RunnerConfig config;
    private final String owner;
    private final Clock clock;
    private final QueueDecisions decisions;

    private final Map<String, BlockingQueue<Claim>> ready = new LinkedHashMap<>();
    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private final Map<Long, RunningCase> running = new ConcurrentHashMap<>();
    private final Map<Long, BatchContext> batches = new ConcurrentHashMap<>();
    private final Object wake = new Object();
    private final Map<String, AtomicLong> casesDone = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Fence> stoppedUnfinished = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Cases claimed and not yet finished, by engine; guarded by {@code wake}. */
    private final Map<String, Integer> inFlight = new HashMap<>();
    private volatile boolean stopping;
    private boolean wakeRequested;

    public Runner(QueueStore store, Engines engines, RunnerConfig config, String owner, Clock clock) {
        this.store = store;
        this.engines = engines;
        this.config = config;
        this.owner = owner;
        this.clock = clock;
        this.decisions = config.decisions();
    }

    public void start() {
        for (Engine engine : engines.all()) {
            BlockingQueue<Claim> queue = new LinkedBlockingQueue<>();
            ready.put(engine.name(), queue);
            inFlight.put(engine.name(), 0);
            casesDone.put(engine.name(), new AtomicLong());
            for (int slot = 0; slot < engine.defaultSlots(); slot++) {
                threads.add(thread(WORKER + engine.name() + "-" + slot, () -> workLoop(engine.name(), queue)));
            }
        }
        threads.add(thread("primebatch-committer", this::commitLoop));
        threads.add(thread(CLAIMER, this::claimLoop));
        threads.add(thread("primebatch-watchdog", this::watchLoop));
        threads.forEach(Thread::start);
    }

    private static Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    /** Looks for work now rather than at the next poll: call after a submit, resume or retry. */
    public void wakeUp() {
        synchronized (wake) {
            wakeRequested = true;
            wake.notifyAll();
        }
    }

    /** Stops the running cases named by these fences (from a cancel); they are recorded cancelled. */
    public void cancel(Collection<Fence> fences) {
        Instant now = clock.instant();
        for (Fence fence : fences) {
            RunningCase c = running.get(fence.itemId());
            if (c != null && c.claim.fence().equals(fence)) {
                c.cancelRequestedAt = now;
                c.worker.interrupt();
            } else if (c == null) {
                // claimed but not yet started by a worker, or held by a lease of an earlier boot
                outcomes.add(new Outcome.Cancelled(fence));
            }
        }
    }

    /** Cases of {@code engine} this runner finished (succeeded or failed). */
    public long casesDone(String engine) {
        AtomicLong done = casesDone.get(engine);
        return done == null ? 0 : done.get();
    }

    private void claimLoop() {
        while (!stopping) {
            try {
                int claimed = 0;
                for (Engine engine : engines.all()) {
                    int free;
                    synchronized (wake) {
                        free = engine.defaultSlots() - inFlight.get(engine.name());
                    }
                    // an engine that is unavailable (held back after failures) leaves its cases waiting in the queue
                    if (free <= 0 || stopping || !engine.availability().available()) {
                        continue;
                    }
                    List<Claim> claims = store.claim(owner, engine.name(), free, clock.instant(), clock.instant().plus(config.lease()));
                    synchronized (wake) {
                        inFlight.merge(engine.name(), claims.size(), Integer::sum);
                    }
                    ready.get(engine.name()).addAll(claims);
                    claimed += claims.size();
                }
                // after a round every engine either has its slots filled or has nothing more to claim: either way
                // only a finished case, a submission or time (retries falling due) brings new work
                awaitWake(claimed == 0 ? config.idlePoll() : Duration.ofMillis(50));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "claiming work failed", e);
                awaitWake(Duration.ofSeconds(1));
            }
        }
    }

    private void awaitWake(Duration max) {
        synchronized (wake) {
            long deadline = System.nanoTime() + max.toNanos();
            while (!wakeRequested && !stopping) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(wake, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            wakeRequested = false;
        }
    }

    private void workLoop(String engine, BlockingQueue<Claim> queue) {
        try (CaseExecutor executor = new CaseExecutor(engines)) {
            while (!stopping) {
                Claim claim;
                try {
                    claim = queue.poll(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    if (stopping) {
                        return;
                    }
                    continue;
                }
                if (claim == null) {
                    continue;
                }
                runOne(executor, engine, claim);
            }
        }
    }

    private void runOne(CaseExecutor executor, String engine, Claim claim) {
        RunningCase c = new RunningCase(claim, Thread.currentThread(), clock.instant());
        running.put(claim.fence().itemId(), c);
        if (stopping) {
            // taken while the runner stopped, after close() interrupted the running cases: not started, released
            running.remove(claim.fence().itemId());
            stoppedUnfinished.add(claim.fence());
            finished(engine);
            return;
        }
        Outcome outcome;
        try {
            BatchContext batch = batchContext(claim.batchId());
            c.timeout = batch.timeout;
            outcome = executor.run(claim, batch.spec, batch.names, batch.submitted);
        } catch (RuntimeException e) {
            outcome = new Outcome.Failed(claim.fence(), "internal error: " + e, true);
        } finally {
            running.remove(claim.fence().itemId());
            Thread.interrupted();
        }
        if (c.cancelRequestedAt != null) {
            outcome = new Outcome.Cancelled(claim.fence());
            executor.closeSession();
        } else if (c.timedOut) {
            outcome = new Outcome.Failed(claim.fence(), "timed out after " + c.timeout.toSeconds() + " s", true);
            executor.closeSession();
        }
        if (stopping && !(outcome instanceof Outcome.Succeeded)) {
            // interrupted by the stop: the case goes back to the queue rather than failing
            stoppedUnfinished.add(claim.fence());
        } else {
            outcomes.add(outcome);
            if (outcome instanceof Outcome.Succeeded || outcome instanceof Outcome.Failed) {
                casesDone.get(engine).incrementAndGet();
            }
        }
        finished(engine);
    }

    private void finished(String engine) {
        synchronized (wake) {
            inFlight.merge(engine, -1, Integer::sum);
            wakeRequested = true;
            wake.notifyAll();
        }
    }

    private BatchContext batchContext(long batchId) {
        return batches.computeIfAbsent(batchId, id -> {
            BatchView view = store.batch(id).orElseThrow(() -> new IllegalStateException("batch " + id + " vanished"));
            BatchSpec spec = view.spec();
            Duration timeout = spec.timeoutSeconds() != null ? Duration.ofSeconds(spec.timeoutSeconds()) : config.caseTimeout();
            return new BatchContext(spec, ArtifactNames.of(spec.nameTemplate()), timeout, view.created());
        });
    }

    /** Forgets what it cached of a batch (after a delete or retry). */
    public void forget(long batchId) {
        batches.remove(batchId);
    }

    private void commitLoop() {
        List<Outcome> batch = new ArrayList<>();
        while (true) {
            try {
                Outcome first = outcomes.take();
                batch.add(first);
                outcomes.drainTo(batch);
                boolean stop = batch.remove(STOP);
                if (!batch.isEmpty()) {
                    store.complete(List.copyOf(batch), clock.instant(), decisions);
                }
                batch.clear();
                if (stop) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "recording " + batch.size() + " outcomes failed; their leases will expire and the cases run again", e);
                batch.clear();
            }
        }
    }

    private void watchLoop() {
        Duration renewEvery = config.lease().dividedBy(3);
        Instant nextRenew = clock.instant().plus(renewEvery);
        while (!stopping) {
            try {
                Thread.sleep(100);
                Instant now = clock.instant();
                for (RunningCase c : running.values()) {
                    if (c.cancelRequestedAt != null && !c.abandoned && now.isAfter(c.cancelRequestedAt.plus(config.cancelGrace()))) {
                        c.abandoned = true;
                        outcomes.add(new Outcome.Cancelled(c.claim.fence()));
                    } else if (c.timeout != null && !c.timedOut && now.isAfter(c.startedAt.plus(c.timeout))) {
                        c.timedOut = true;
                        c.worker.interrupt();
                    }
                }
                if (!now.isBefore(nextRenew)) {
                    nextRenew = now.plus(renewEvery);
                    List<Long> ids = new ArrayList<>(running.keySet());
                    ready.values().forEach(queue -> queue.forEach(claim -> ids.add(claim.fence().itemId())));
                    if (!ids.isEmpty()) {
                        store.renew(owner, ids, now.plus(config.lease()));
                    }
                    store.expireLeases(now, decisions);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "lease renewal failed", e);
            }
        }
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
        threads.stream().filter(t -> t.getName().equals(CLAIMER)).forEach(Runner::join);
        running.values().forEach(c -> c.worker.interrupt());
        threads.stream().filter(t -> t.getName().startsWith(WORKER)).forEach(Runner::join);
        outcomes.add(STOP);
        threads.stream().filter(t -> !t.getName().startsWith(WORKER)).forEach(Runner::join);
        List<Outcome> late = new ArrayList<>();
        outcomes.drainTo(late);
        late.remove(STOP);
        if (!late.isEmpty()) {
            store.complete(late, clock.instant(), decisions);
        }
        List<Fence> unfinished = new ArrayList<>(stoppedUnfinished);
        ready.values().forEach(queue -> queue.forEach(c -> unfinished.add(c.fence())));
        if (!unfinished.isEmpty()) {
            int released = store.release(unfinished);
            LOG.info("returned " + released + " unfinished cases to the queue");
        }
    }

    private static void join(Thread t) {
        try {
            t.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record BatchContext(BatchSpec spec, ArtifactNames names, Duration timeout, Instant submitted) {
    }

    private static final class RunningCase {
        final Claim claim;
        final Thread worker;
        final Instant startedAt;
        volatile Duration timeout;
        volatile Instant cancelRequestedAt;
        volatile boolean timedOut;
        volatile boolean abandoned;

        RunningCase(Claim claim, Thread worker, Instant startedAt) {
            this.claim = claim;
            this.worker = worker;
            this.startedAt = startedAt;
        }
    }
}
