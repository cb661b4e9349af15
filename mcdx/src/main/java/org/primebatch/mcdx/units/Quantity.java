package org.primebatch.mcdx.units;

/**
 * A real number with a dimension, held in SI base units: {@code 30 MPa} is {@code Quantity(3.0E7, kg·m^-1·s^-2)}.
 * Temperatures are absolute (kelvin); offsets of °C and °F apply only when converting from and to those units.
 */
public record Quantity(double si, Dimension dimension) {
    public static Quantity of(double number) {
        return new Quantity(number, Dimension.NONE);
    }
}
