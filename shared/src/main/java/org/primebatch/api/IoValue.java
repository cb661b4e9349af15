package org.primebatch.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A designated input or output of a worksheet as {@code worksheet.inspect} reports it: its alias, the region it
 * names, the variable that region defines (or evaluates), the kind and current value (a number, a text, or a
 * matrix as an array of rows) with its unit, and for outputs the calculation status of the stored value
 * ({@code synchronized}, {@code pending} or {@code none}). {@code value} is null when the worksheet holds none
 * that can be shown, and {@code note} says why.
 */
public record IoValue(String alias, int region, String variable, ValueKind kind, JsonNode value, String unit,
                      String status, String note) {
    /** The value as a person reads it, with its unit, or empty text when there is none. */
    public String display() {
        if (value == null || value.isNull()) {
            return "";
        }
        String text = value.isTextual() ? value.asText() : value.toString();
        return unit == null ? text : text + " " + unit;
    }
}
