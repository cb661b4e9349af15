package org.primebatch.mcdx.sheet;

import java.util.Optional;
import org.primebatch.api.ValueKind;

/**
 * A definition whose right-hand side is a number typed in, with or without a unit ({@code A := 30 in}): the kind of
 * value an engineer edits between calculations.
 *
 * @param text the number as the worksheet holds it
 * @param unit the unit as written, or null
 */
public record NumberLiteral(String text, String unit) {

    /** The literal number a definition gives its variable, or empty for any other math. */
    public static Optional<NumberLiteral> of(MathRegion math) {
        if (!math.isDefinition() || math.definedName() == null) {
            return Optional.empty();
        }
        return math.definedValue().map(Literals::read)
                .filter(shown -> shown.kind() == ValueKind.REAL && shown.value() != null && shown.value().isNumber())
                .map(shown -> new NumberLiteral(shown.value().asText(), shown.unit()));
    }

    /** {@code 30 in}, or {@code 2} without a unit. */
    public String display() {
        return unit == null ? text : text + " " + unit;
    }
}
