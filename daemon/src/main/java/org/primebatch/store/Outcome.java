package org.primebatch.store;

import java.util.List;
import java.util.Map;
import org.primebatch.api.CaseValue;

/** How a claimed item ended. */
public sealed interface Outcome {
    Fence fence();

    /** @param checkPassed whether the outputs pass the batch's check, or null when the batch has none */
    record Succeeded(Fence fence, Map<String, CaseValue> outputs, List<String> artifacts, Boolean checkPassed)
            implements Outcome {
        public Succeeded(Fence fence, Map<String, CaseValue> outputs, List<String> artifacts) {
            this(fence, outputs, artifacts, null);
        }
    }

    /** A failure; {@code retryable} false means no further attempt can help (bad input, unknown alias). */
    record Failed(Fence fence, String error, boolean retryable) implements Outcome {
    }

    record Cancelled(Fence fence) implements Outcome {
    }

    /** The case did not get to run (its engine could not start): back to pending without counting the attempt. */
    record Requeued(Fence fence, String reason) implements Outcome {
    }

    /**
     * A case of a cross-checked batch run on both engines: {@code outcome} is Mathcad Prime's (succeeded, or failed
     * for good), {@code verdict} how the native engine compared with it.
     */
    record CrossChecked(Outcome outcome, CrossCheckVerdict verdict) implements Outcome {
        @Override
        public Fence fence() {
            return outcome.fence();
        }
    }
}
