package org.primebatch.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One case of a batch as clients see it; {@code seq} numbers the cases of a batch from 1 in submission order.
 *
 * @param crossCheck for a case of a cross-checked batch, the engine its outputs come from and, when it ran on both
 *                   engines, how they compared; null otherwise
 */
public record ItemView(
        long batch,
        int seq,
        String name,
        ItemState state,
        int attempts,
        Map<String, CaseValue> inputs,
        Map<String, CaseValue> outputs,
        List<String> artifacts,
        String error,
        Instant started,
        Instant finished,
        CaseCrossCheck crossCheck) {

    /** A case of a batch that is not cross-checked. */
    public ItemView(long batch, int seq, String name, ItemState state, int attempts, Map<String, CaseValue> inputs,
            Map<String, CaseValue> outputs, List<String> artifacts, String error, Instant started, Instant finished) {
        this(batch, seq, name, state, attempts, inputs, outputs, artifacts, error, started, finished, null);
    }
}
