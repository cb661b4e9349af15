package org.primebatch.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A state change, numbered by a global sequence that never goes backwards; a client that reconnects asks for the
 * events after the last {@code seq} it saw.
 *
 * @param batch the batch concerned, or 0 for daemon-wide events
 * @param item  the item's seq within the batch, or null for batch-wide events
 * @param state the new state of the item or batch, when the event is a state change
 * @param data  further details (error text, reason), or null
 */
public record Event(long seq, Instant ts, String type, long batch, Integer item, String state, JsonNode data) {
    public static final String BATCH_SUBMITTED = "batch.submitted";
    public static final String BATCH_PAUSED = "batch.paused";
    public static final String BATCH_RESUMED = "batch.resumed";
    public static final String BATCH_CANCELLED = "batch.cancelled";
    public static final String BATCH_RETRIED = "batch.retried";
    public static final String BATCH_DELETED = "batch.deleted";
    public static final String BATCH_FINISHED = "batch.finished";
    /**
     * The verification cases of a cross-checked batch agreed on every output: its other cases run natively; data:
     * cases (how many were verified).
     */
    public static final String BATCH_VERIFIED = "batch.verified";
    /**
     * A cross-check found Mathcad Prime and the native engine different (or a verification case could not be compared):
     * native use stops and the batch carries on with Mathcad; data: item, name, output, mathcad, native (both values),
     * reason, rerouted (waiting cases moved to Mathcad), rerun (cases calculated natively that run again on Mathcad).
     */
    public static final String BATCH_DISAGREED = "batch.disagreed";
    public static final String ITEM_STARTED = "item.started";
    public static final String ITEM_SUCCEEDED = "item.succeeded";
    public static final String ITEM_FAILED = "item.failed";
    public static final String ITEM_RETRYING = "item.retrying";
    public static final String ITEM_CANCELLED = "item.cancelled";
    public static final String ITEM_REQUEUED = "item.requeued";
    /** An engine is held back after its hosts failed repeatedly; data: engine, reason, until. Its cases wait. */
    public static final String ENGINE_UNAVAILABLE = "engine.unavailable";
    /** An engine held back is back; data: engine. */
    public static final String ENGINE_AVAILABLE = "engine.available";

    /** True for the events that end an item: succeeded, failed, cancelled. */
    public boolean isItemFinal() {
        return ITEM_SUCCEEDED.equals(type) || ITEM_FAILED.equals(type) || ITEM_CANCELLED.equals(type);
    }

    public String topic() {
        int dot = type.indexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }
}
