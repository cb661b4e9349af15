package org.primebatch.mcdx.units;

import java.util.Map;
import java.util.Optional;

/**
 * The unit table and unit strings. Names are case-sensitive ({@code mS} is millisiemens, {@code ms} millisecond);
 * micro may be written µ or μ and ohm Ω or Ω.
 */
public final class Units {
    private static final UnitTable TABLE = BuiltInUnits.table();

    private Units() {
    }

    /** The unit a worksheet names in {@code <ml:id labels="UNIT">}. */
    public static Optional<Unit> byName(String name) {
        return TABLE.find(name);
    }

    /** Every unit under its canonical name (μ as U+03BC, Ω as U+03A9). */
    public static Map<String, Unit> all() {
        return TABLE.asMap();
    }

    /**
     * A unit string as users type it for inputs: {@code kN*m}, {@code kip/ft}, {@code in^2}, {@code kg*m^2/s^2},
     * {@code 1/s}, {@code N·m}, {@code kN m}, {@code m^0.5}, {@code s^-1}, {@code m^(1/2)}, {@code kg/m³}; blank or
     * null is dimensionless with factor 1. See {@link UnitParser} for the grammar.
     *
     * @throws UnitException naming the bad token and its position (1-based)
     */
    public static UnitExpression parse(String text) {
        return UnitParser.expression(text, TABLE::find);
    }

    /**
     * A unit string that is not blank as the tree it was typed in, for showing it as typed; {@link #parse} reads the
     * same grammar and {@link UnitExpression#typed} makes the tree a unit.
     *
     * @throws UnitException naming the bad token and its position (1-based)
     */
    public static UnitTerm term(String text) {
        return UnitParser.term(text, TABLE::find);
    }

    /** {@code q} in {@code displayUnit} (a unit string), for a result shown with a unit override. */
    public static double express(Quantity q, String displayUnit) {
        return parse(displayUnit).valueOf(q);
    }
}
