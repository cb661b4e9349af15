package org.primebatch.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;

/**
 * One input or output value of a case: a number, a string or a matrix (an array of rows), with an optional unit
 * as Mathcad users type it ({@code kN*m}); {@code null} or empty unit means none.
 */
public record CaseValue(JsonNode value, String unit) {
    public CaseValue {
        Objects.requireNonNull(value, "value");
        if (unit != null && unit.isBlank()) {
            unit = null;
        }
    }

    public static CaseValue of(double number, String unit) {
        return new CaseValue(JsonNodeFactory.instance.numberNode(number), unit);
    }

    public static CaseValue of(String text) {
        return new CaseValue(JsonNodeFactory.instance.textNode(text), null);
    }

    public ValueKind kind() {
        if (value.isNumber()) {
            return ValueKind.REAL;
        }
        if (value.isArray()) {
            return ValueKind.MATRIX;
        }
        return ValueKind.STRING;
    }

    /** The value as a person reads it, with its unit. */
    public String display() {
        String text = value.isTextual() ? value.asText() : value.toString();
        return unit == null ? text : text + " " + unit;
    }
}
