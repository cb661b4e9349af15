package org.primebatch.queue;

import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.primebatch.store.Claim;
import org.primebatch.store.Outcome;

/**
 * One slot of an engine: runs the cases claimed for it one after another and hands on their outcomes. A case it was
 * told to cancel is recorded cancelled, one past its timeout failed (retryable); one the stop interrupted goes back to
 * the queue.
 */
final class Worker implements Runnable {
    private final String engine;
    private final BlockingQueue<Claim> queue;
    private final Engines engines;
    private final BatchContexts batches;
    private final RunningCases running;
    private final Committer committer;
    private final Slots slots;
    private final AtomicLong casesDone;
    private final Clock clock;
    private final BooleanSupplier stopping;

    Worker(String engine, BlockingQueue<Claim> queue, Engines engines, BatchContexts batches, RunningCases running,
           Committer committer, Slots slots, AtomicLong casesDone, Clock clock, BooleanSupplier stopping) {
        this.engine = engine;
        this.queue = queue;
        this.engines = engines;
        this.batches = batches;
        this.running = running;
        this.committer = committer;
        this.slots = slots;
        this.casesDone = casesDone;
        this.clock = clock;
        this.stopping = stopping;
    }

    @Override
    public void run() {
        try (CaseExecutor executor = new CaseExecutor(engines, engine)) {
            while (!stopping.getAsBoolean()) {
                Claim claim;
                try {
                    claim = queue.poll(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    if (stopping.getAsBoolean()) {
                        return;
                    }
                    continue;
                }
                if (claim != null) {
                    runOne(executor, claim);
                }
            }
        }
    }

    private void runOne(CaseExecutor executor, Claim claim) {
        RunningCase c = new RunningCase(claim, Thread.currentThread(), clock.instant());
        running.add(c);
        if (stopping.getAsBoolean()) {
            // taken while the runner stopped, after it interrupted the running cases: not started, given back
            running.remove(c);
            committer.giveBack(claim.fence());
            slots.finished(engine);
            return;
        }
        Outcome outcome;
        try {
            BatchContexts.BatchContext batch = batches.of(claim.batchId());
            c.timeout(batch.timeout());
            outcome = executor.run(claim, batch.spec(), batch.names(), batch.submitted());
        } catch (RuntimeException e) {
            outcome = new Outcome.Failed(claim.fence(), "internal error: " + e, true);
        } finally {
            running.remove(c);
            Thread.interrupted();
        }
        CaseState state = c.state();
        if (state.cancelled()) {
            outcome = new Outcome.Cancelled(claim.fence());
            executor.closeSession();
        } else if (state.stage() == CaseState.Stage.TIMED_OUT) {
            outcome = new Outcome.Failed(claim.fence(), "timed out after " + c.timeout().toSeconds() + " s", true);
            executor.closeSession();
        }
        if (stopping.getAsBoolean() && !(outcome instanceof Outcome.Succeeded)) {
            // interrupted by the stop: the case goes back to the queue rather than failing
            committer.giveBack(claim.fence());
        } else {
            committer.record(outcome);
            if (outcome instanceof Outcome.Succeeded || outcome instanceof Outcome.Failed
                    || outcome instanceof Outcome.CrossChecked) {
                casesDone.incrementAndGet();
            }
        }
        slots.finished(engine);
    }
}
