package org.primebatch.mcdx.units;

/**
 * One named unit: {@code si = value · factor + offset}. The offset is non-zero only for the temperature scales with
 * a shifted zero (°C, °F), which Mathcad treats as absolute temperatures.
 *
 * @param name      the name as it appears in worksheets ({@code MPa}, {@code °F}, {@code kip})
 * @param factor    SI base units per one of this unit
 * @param offset    added after scaling (kelvin), zero for all but °C and °F
 * @param dimension what it measures
 */
public record Unit(String name, double factor, double offset, Dimension dimension) {
    public Unit(String name, double factor, Dimension dimension) {
        this(name, factor, 0, dimension);
    }

    public Quantity of(double value) {
        return new Quantity(value * factor + offset, dimension);
    }

    /** The value of {@code q} in this unit; the dimensions must match. */
    public double valueOf(Quantity q) {
        if (!q.dimension().equals(dimension)) {
            throw new UnitException("cannot express " + q.dimension() + " in " + name + " (" + dimension + ")");
        }
        return (q.si() - offset) / factor;
    }
}
