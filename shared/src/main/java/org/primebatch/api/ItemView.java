package org.primebatch.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One case of a batch as clients see it; {@code seq} numbers the cases of a batch from 1 in submission order. */
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
        Instant finished) {
}
