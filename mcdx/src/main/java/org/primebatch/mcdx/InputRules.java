package org.primebatch.mcdx;

import org.primebatch.api.CaseValue;
import org.primebatch.api.InputSyntax;
import org.primebatch.api.IoValue;
import org.primebatch.api.ValueKind;
import org.primebatch.mcdx.units.UnitException;
import org.primebatch.mcdx.units.UnitExpression;
import org.primebatch.mcdx.units.Units;

/**
 * Whether a case value fits a designated input as the worksheet holds it: the same kind (number, string, matrix),
 * and a unit that parses and has the dimension of the input's current unit. A number without a unit fits any input
 * (it is taken in the input's own unit).
 */
public final class InputRules {
    private InputRules() {
    }

    /** Why {@code value} does not fit {@code input}, or null when it does. */
    public static String problem(IoValue input, CaseValue value) {
        ValueKind wanted = input.kind();
        ValueKind given = value.kind();
        if (wanted != null && given != wanted) {
            String problem = "the input " + input.alias() + " takes " + article(wanted) + ", not " + article(given);
            CaseValue number = given == ValueKind.STRING ? InputSyntax.numberWithUnit(value.value().asText(), false) : null;
            if (number != null && wanted == ValueKind.REAL) {
                return problem + " (\"" + value.value().asText() + "\" is text; a number with a unit is {\"value\": "
                        + number.value() + ", \"unit\": \"" + number.unit() + "\"})";
            }
            return problem;
        }
        if (given == ValueKind.STRING || value.unit() == null) {
            return null;
        }
        UnitExpression unit;
        try {
            unit = Units.parse(value.unit());
        } catch (UnitException | IllegalArgumentException e) {
            return "unit '" + value.unit() + "': " + e.getMessage();
        }
        if (input.unit() == null || input.unit().isBlank()) {
            if (input.kind() == null) {
                return null; // an expression whose value and unit are not known here: the engine decides
            }
            return unit.dimension().isNone() ? null
                    : "the input " + input.alias() + " has no unit, so '" + value.unit() + "' does not fit";
        }
        UnitExpression current;
        try {
            current = Units.parse(input.unit());
        } catch (UnitException | IllegalArgumentException e) {
            return null; // the worksheet's own unit is one we do not know: the engine decides
        }
        if (!current.dimension().equals(unit.dimension())) {
            return "unit '" + value.unit() + "' (" + unit.dimension() + ") does not fit the input " + input.alias()
                    + " in " + input.unit() + " (" + current.dimension() + ")";
        }
        return null;
    }

    /** Why an output cannot be read in {@code unit}: a unit that does not parse, or of another dimension; else null. */
    public static String outputUnitProblem(IoValue output, String unit) {
        UnitExpression asked;
        try {
            asked = Units.parse(unit);
        } catch (UnitException | IllegalArgumentException e) {
            return "unit '" + unit + "': " + e.getMessage();
        }
        if (output.kind() == ValueKind.STRING) {
            return "the output " + output.alias() + " is a string and has no unit";
        }
        if (output.unit() == null || output.unit().isBlank()) {
            return null; // the stored result's unit is not known here: the engine decides
        }
        try {
            UnitExpression stored = Units.parse(output.unit());
            if (!stored.dimension().equals(asked.dimension())) {
                return "unit '" + unit + "' (" + asked.dimension() + ") does not fit the output " + output.alias()
                        + " in " + output.unit() + " (" + stored.dimension() + ")";
            }
        } catch (UnitException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static String article(ValueKind kind) {
        return switch (kind) {
            case REAL -> "a number";
            case STRING -> "a string";
            case MATRIX -> "a matrix";
        };
    }
}
