package org.primebatch.api;

import java.time.Instant;

/**
 * A batch as clients see it.
 *
 * @param crossCheck where its cross-check with Mathcad Prime stands, or null for a batch that is not cross-checked
 */
public record BatchView(
        long id,
        BatchState state,
        BatchSpec spec,
        Counts counts,
        Instant created,
        Instant started,
        Instant finished,
        String pauseReason,
        CrossCheckStatus crossCheck) {
    /** The pause reason of a batch that paused itself because too many of its cases failed. */
    public static final String PAUSED_ON_ERRORS = "error threshold";

    /** A batch that is not cross-checked. */
    public BatchView(long id, BatchState state, BatchSpec spec, Counts counts, Instant created, Instant started,
            Instant finished, String pauseReason) {
        this(id, state, spec, counts, created, started, finished, pauseReason, null);
    }
}
