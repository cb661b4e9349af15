package org.primebatch.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * States of a batch, derived from its items and flags: queued (nothing started), running, paused, and the final
 * states succeeded (every case succeeded or was skipped), failed (some case failed) and cancelled.
 */
public enum BatchState {
    QUEUED, RUNNING, PAUSED, SUCCEEDED, FAILED, CANCELLED;

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static BatchState parse(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
