package org.primebatch.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A variable a worksheet defines, as {@code inspect --all} lists it: what {@code --input} and {@code --output} may
 * name. {@code inputRegion} is the definition an input of that name sets (its first definition), null when it
 * cannot be an input; {@code outputRegion} is the evaluation an output of that name reads (the last region showing
 * it with '='), null when the worksheet never shows it. The value is the literal of the first definition, else the
 * result Mathcad stored for the output region ({@code status} then says whether it is {@code synchronized}); null
 * with a {@code note} when there is none to show. {@code designated} is the alias the worksheet already gives one of
 * these regions, or null.
 */
public record DefinedName(String name, Integer inputRegion, Integer outputRegion, ValueKind kind, JsonNode value,
                          String unit, String status, String note, String designated) {
    /** The value as a person reads it, with its unit, or empty text when there is none. */
    public String display() {
        return new IoValue(name, 0, name, kind, value, unit, status, note).display();
    }
}
