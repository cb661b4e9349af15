package org.primebatch.mcdx.sheet;

import com.fasterxml.jackson.databind.JsonNode;
import org.primebatch.api.ValueKind;

/** A value read from a worksheet for showing: kind, JSON value (a matrix as rows) and unit, or a note why there is none. */
record ShownValue(ValueKind kind, JsonNode value, String unit, String note) {
    static ShownValue none(String note) {
        return new ShownValue(null, null, null, note);
    }

    ShownValue withUnit(String text) {
        return new ShownValue(kind, value, text == null || text.isEmpty() ? null : text, note);
    }
}
