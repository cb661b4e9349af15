package org.primebatch.store;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.primebatch.api.BatchSpec;

/**
 * What the queue decides when a case does not succeed and when its batch fails too often. The store asks inside the
 * transaction that writes the answer, so each decision is stored atomically with the change that called for it.
 */
public interface Decisions {

    /** When a case whose attempt failed runs again; empty when it fails for good. */
    Optional<Instant> retryAt(Attempts attempts, boolean retryable, Instant now);

    /** Whether a running case whose runner is gone (a daemon that stopped, a lease that ran out) runs again. */
    boolean runsAgain(Attempts attempts);

    /** Why a batch with cases still open pauses itself, given its finished cases; empty when it carries on. */
    Optional<String> pauseReason(BatchSpec spec, Supplier<FinishedCases> finished);

    /**
     * The state a cross-checked batch goes to ({@link org.primebatch.api.CrossCheck#VERIFYING},
     * {@link org.primebatch.api.CrossCheck#NATIVE} or {@link org.primebatch.api.CrossCheck#MATHCAD}) from
     * {@code state}, given how its cases run on both engines compared so far.
     */
    String crossCheckState(String state, CrossCheckTally tally);

    /**
     * A cross-checked batch's cases run on both engines.
     *
     * @param verificationCases its verification cases
     * @param verified          verification cases whose every output agreed
     * @param disagreed         cases (verification or spot check) that found a difference
     * @param uncompared        verification cases that ended (failed, cancelled) without being compared
     */
    record CrossCheckTally(int verificationCases, int verified, int disagreed, int uncompared) {
    }

    /** A batch's cases that succeeded or failed, and how many of them failed. */
    record FinishedCases(int failed, int total) {
    }
}
