package org.primebatch.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.primebatch.store.Claim;

/** A case a worker runs: the worker's thread, when it started, its timeout once known, and its {@link CaseState}. */
final class RunningCase {
    private final Claim claim;
    private final Thread worker;
    private final Instant startedAt;
    private final AtomicReference<CaseState> state = new AtomicReference<>(CaseState.RUNNING);
    private volatile Duration timeout;

    RunningCase(Claim claim, Thread worker, Instant startedAt) {
        this.claim = claim;
        this.worker = worker;
        this.startedAt = startedAt;
    }

    Claim claim() {
        return claim;
    }

    CaseState state() {
        return state.get();
    }

    Duration timeout() {
        return timeout;
    }

    void timeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** Asks the case to stop for a cancel; a repeated cancel starts the grace period again. */
    void cancel(Instant now) {
        state.updateAndGet(s -> s.stage() == CaseState.Stage.ABANDONED ? s : CaseState.cancelling(now));
        worker.interrupt();
    }

    /** Interrupts the case for the daemon stopping; its state stays as it is. */
    void interrupt() {
        worker.interrupt();
    }

    /** Gives up waiting for a cancelled case past {@code grace}; true when it did so now. */
    boolean abandonIfPast(Instant now, Duration grace) {
        CaseState s = state.get();
        return s.stage() == CaseState.Stage.CANCELLING && now.isAfter(s.since().plus(grace))
                && state.compareAndSet(s, CaseState.ABANDONED);
    }

    /** Interrupts a running case past its timeout. */
    void timeOutIfPast(Instant now) {
        Duration limit = timeout;
        if (limit != null && now.isAfter(startedAt.plus(limit)) && state.compareAndSet(CaseState.RUNNING, CaseState.TIMED_OUT)) {
            worker.interrupt();
        }
    }
}
