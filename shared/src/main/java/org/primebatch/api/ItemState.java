package org.primebatch.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** States of one case of a batch. Succeeded, failed, cancelled and skipped are final. */
public enum ItemState {
    PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED, SKIPPED;

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ItemState parse(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    public boolean isFinal() {
        return this != PENDING && this != RUNNING;
    }
}
