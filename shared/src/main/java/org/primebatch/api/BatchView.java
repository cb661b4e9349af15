package org.primebatch.api;

import java.time.Instant;

/**
 * A batch as clients see it.
 *
 * @param owner      the user who submitted it (the daemon's own user for a TCP client with the token), or null for a
 *                   batch queued before owners were recorded
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
        String owner,
        CrossCheckStatus crossCheck) {
    /** The pause reason of a batch that paused itself because too many of its cases failed. */
    public static final String PAUSED_ON_ERRORS = "error threshold";

    /** A batch whose owner is not known, and that is not cross-checked. */
    public BatchView(long id, BatchState state, BatchSpec spec, Counts counts, Instant created, Instant started,
                     Instant finished, String pauseReason) {
        this(id, state, spec, counts, created, started, finished, pauseReason, null, null);
    }

    /** A batch that is not cross-checked. */
    public BatchView(long id, BatchState state, BatchSpec spec, Counts counts, Instant created, Instant started,
                     Instant finished, String pauseReason, String owner) {
        this(id, state, spec, counts, created, started, finished, pauseReason, owner, null);
    }

    /** This batch as shown to a user who may not see its inputs: without the worksheet's designated values. */
    public BatchView withoutInputs() {
        return new BatchView(id, state, spec.withoutDesignated(), counts, created, started, finished, pauseReason, owner,
                crossCheck);
    }
}
