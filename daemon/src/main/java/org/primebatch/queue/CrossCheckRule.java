package org.primebatch.queue;

import org.primebatch.api.CrossCheck;
import org.primebatch.store.Decisions.CrossCheckTally;

/**
 * The states of a batch cross-checked with Mathcad Prime: {@code verifying} until every verification case agreed
 * ({@code native}), and {@code mathcad} as soon as any case run on both engines disagreed or a verification case ended
 * without being compared. {@code mathcad} is final: once native use stops, it does not start again for the batch.
 */
final class CrossCheckRule {
    private CrossCheckRule() {
    }

    static String next(String state, CrossCheckTally tally) {
        if (CrossCheck.MATHCAD.equals(state) || tally.disagreed() > 0) {
            return CrossCheck.MATHCAD;
        }
        if (CrossCheck.VERIFYING.equals(state)) {
            if (tally.uncompared() > 0) {
                return CrossCheck.MATHCAD;
            }
            return tally.verified() >= tally.verificationCases() ? CrossCheck.NATIVE : CrossCheck.VERIFYING;
        }
        return state;
    }
}
