package org.primebatch.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** Kinds of worksheet values. */
public enum ValueKind {
    REAL, STRING, MATRIX;

    @JsonValue
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
