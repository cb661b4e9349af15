package org.primebatch.queue;

import java.time.Instant;

/**
 * Where a running case stands while its worker runs it.
 *
 * @param since when it was asked to stop, for a case being cancelled; null otherwise
 */
record CaseState(Stage stage, Instant since) {
    static final CaseState RUNNING = new CaseState(Stage.RUNNING, null);
    static final CaseState TIMED_OUT = new CaseState(Stage.TIMED_OUT, null);
    static final CaseState ABANDONED = new CaseState(Stage.ABANDONED, null);

    enum Stage {
        /** Running as it should. */
        RUNNING,
        /** Past its timeout: interrupted, and failed (retryable) once it stops. */
        TIMED_OUT,
        /** Cancelled: interrupted, and recorded cancelled once it stops or the grace period ends. */
        CANCELLING,
        /** Cancelled and past the grace period: recorded cancelled already; what it reports later is refused. */
        ABANDONED
    }

    static CaseState cancelling(Instant requestedAt) {
        return new CaseState(Stage.CANCELLING, requestedAt);
    }

    boolean cancelled() {
        return stage == Stage.CANCELLING || stage == Stage.ABANDONED;
    }
}
