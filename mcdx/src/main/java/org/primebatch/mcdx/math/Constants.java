package org.primebatch.mcdx.math;

import java.util.Map;
import java.util.Optional;
import org.primebatch.mcdx.units.Dimension;

/**
 * Constants Mathcad predefines whose values do not depend on a CODATA edition (γ is Euler-Mascheroni's). Physical
 * constants that do (R, k, h, NA, …) are refused: Prime releases differ in the edition they use.
 */
final class Constants {
    private static final Map<String, Scalar> VALUES = Map.of(
            "π", Scalar.of(Math.PI),
            "e", Scalar.of(Math.E),
            "∞", Scalar.of(1e307),
            "NaN", Scalar.of(Double.NaN),
            "γ", Scalar.of(0.57721566490153287),
            "g", new Scalar(9.80665, Dimension.of(1, 0, -2, 0, 0, 0, 0)),
            "c", new Scalar(299_792_458, Dimension.of(1, 0, -1, 0, 0, 0, 0)));

    /** Percent, written as a unit after a number ({@code 50 %}) and labelled as a function. */
    static final String PERCENT = "%";

    private Constants() {
    }

    static Optional<Scalar> find(String name) {
        return Optional.ofNullable(VALUES.get(name));
    }
}
