package org.primebatch.mcdx.units;

/**
 * A unit as a user types it, such as {@code kN*m} or {@code kip/ft}: {@code si = value · factor + offset}. The offset
 * is non-zero only for an absolute temperature scale standing alone ({@code °C}, {@code °F}).
 *
 * @param text      the unit string as given (trimmed); empty for a dimensionless 1
 * @param factor    SI base units per one of this unit
 * @param offset    added after scaling (kelvin)
 * @param dimension what it measures
 */
public record UnitExpression(String text, double factor, double offset, Dimension dimension) {
    public static final UnitExpression DIMENSIONLESS = new UnitExpression("", 1, 0, Dimension.NONE);

    public static UnitExpression of(Unit unit) {
        return new UnitExpression(unit.name(), unit.factor(), unit.offset(), unit.dimension());
    }

    /**
     * The unit typed as {@code text} (trimmed) and read into {@code term}: a name standing alone is that unit, with its
     * name and offset; anything else has the product's factor and no offset.
     */
    public static UnitExpression typed(String text, UnitTerm term) {
        if (term instanceof UnitTerm.Named alone) {
            return of(alone.unit());
        }
        return new UnitExpression(text, term.factor(), 0, term.dimension());
    }

    public Quantity of(double value) {
        return new Quantity(value * factor + offset, dimension);
    }

    /** The value of {@code q} in this unit; throws when the dimensions differ, never converts between them. */
    public double valueOf(Quantity q) {
        if (!q.dimension().equals(dimension)) {
            throw new UnitException("cannot express " + q.dimension() + " in " + (text.isEmpty() ? "1" : text)
                    + " (" + dimension + ")");
        }
        return (q.si() - offset) / factor;
    }

    public boolean hasOffset() {
        return offset != 0;
    }
}
