package org.primebatch.api;

import java.time.Instant;

/** A batch as clients see it. */
public record BatchView(
        long id,
        BatchState state,
        BatchSpec spec,
        Counts counts,
        Instant created,
        Instant started,
        Instant finished,
        String pauseReason) {
    /** The pause reason of a batch that paused itself because too many of its cases failed. */
    public static final String PAUSED_ON_ERRORS = "error threshold";
}
