package org.primebatch.mcdx.math;

import org.primebatch.mcdx.units.Dimension;

/**
 * The unit an evaluation is shown in ({@code = ? kN·m}): the expression as written from UNIT ids, and what one of
 * it is in SI. Only a lone °C or °F has an offset.
 */
public record DisplayUnit(String expression, double factor, double offset, Dimension dimension) {
    /** The number shown for an SI value of the same dimension. */
    public double valueOf(double si) {
        return (si - offset) / factor;
    }
}
