package org.primebatch.mcdx.check;

import java.util.Optional;
import org.primebatch.mcdx.math.DisplayUnit;
import org.primebatch.mcdx.math.Matrix;
import org.primebatch.mcdx.math.Scalar;
import org.primebatch.mcdx.math.Text;
import org.primebatch.mcdx.math.Value;
import org.primebatch.mcdx.units.Dimension;

/**
 * Compares a computed value with a stored one: same kind, same shape, same dimension, numbers within a relative
 * 1e-9 (in SI). Returns why they differ, or empty when they agree.
 */
final class ValueComparison {
    static final double RELATIVE = 1e-9;

    private ValueComparison() {
    }

    static Optional<String> difference(Value computed, StoredValue stored, Optional<DisplayUnit> display) {
        return difference(computed, stored, display, RELATIVE);
    }

    /** The same comparison with numbers within {@code relative} instead of 1e-9. */
    static Optional<String> difference(Value computed, StoredValue stored, Optional<DisplayUnit> display,
            double relative) {
        return difference(computed, stored, display, 0, relative);
    }

    /**
     * {@code scale}: the largest magnitude among the elements of the matrix being compared (0 outside matrices).
     * Elements are close relative to it, so that rounding noise near zero (sin π) does not count as a difference.
     */
    private static Optional<String> difference(Value computed, StoredValue stored, Optional<DisplayUnit> display,
            double scale, double relative) {
        if (stored instanceof StoredValue.Unreadable u) {
            return Optional.of("cannot read " + u.what());
        }
        if (computed instanceof Scalar s && stored instanceof StoredValue.Number n) {
            return numbers(s, n, display, scale, relative);
        }
        if (computed instanceof Matrix m && m.rows() == 1 && m.cols() == 1 && stored instanceof StoredValue.Number) {
            // Mathcad shows (and stores) a 1×1 matrix result as its element
            return difference(m.elements().get(0), stored, display, 0, relative);
        }
        if (computed instanceof Text t && stored instanceof StoredValue.Str str) {
            return t.text().equals(str.text()) ? Optional.empty()
                    : Optional.of("computed \"" + t.text() + "\", stored \"" + str.text() + "\"");
        }
        if (computed instanceof Matrix m && stored instanceof StoredValue.Grid g) {
            if (m.rows() != g.rows() || m.cols() != g.cols()) {
                return Optional.of("computed a " + m.rows() + "×" + m.cols() + " matrix, stored " + g.rows() + "×" + g.cols());
            }
            double largest = 0;
            for (StoredValue element : g.elements()) {
                if (element instanceof StoredValue.Number n) {
                    largest = Math.max(largest, Math.abs(storedSi(n, display)));
                }
            }
            for (int i = 0; i < g.elements().size(); i++) {
                Optional<String> d = difference(m.elements().get(i), g.elements().get(i), display, largest, relative);
                if (d.isPresent()) {
                    return Optional.of("element [" + (i % g.rows()) + "," + (i / g.rows()) + "]: " + d.get());
                }
            }
            return Optional.empty();
        }
        return Optional.of("computed a " + kind(computed) + ", stored a " + kind(stored));
    }

    private static Optional<String> numbers(Scalar computed, StoredValue.Number stored, Optional<DisplayUnit> display,
            double scale, double relative) {
        double si = storedSi(stored, display);
        Dimension dimension = storedDimension(stored, display);
        // zero carries no unit in Mathcad: 0 and 0 m are the same value
        if (!computed.dimension().equals(dimension) && !(computed.si() == 0 && si == 0)) {
            return Optional.of("computed dimension " + computed.dimension() + ", stored " + dimension);
        }
        if (!close(computed.si(), si, scale, relative)) {
            return Optional.of("computed " + computed.si() + ", stored " + si + " (in SI base units)");
        }
        return Optional.empty();
    }

    static double storedSi(StoredValue.Number stored, Optional<DisplayUnit> display) {
        if (display.isEmpty()) {
            return stored.value() * stored.leftoverFactor();
        }
        DisplayUnit unit = display.get();
        if (stored.monomial() == null) {
            return stored.value() * unit.factor() + unit.offset();
        }
        return stored.value() * unit.factor() * stored.leftoverFactor();
    }

    static Dimension storedDimension(StoredValue.Number stored, Optional<DisplayUnit> display) {
        return display.map(d -> d.dimension().times(stored.leftover())).orElse(stored.leftover());
    }

    static boolean close(double a, double b, double scale) {
        return close(a, b, scale, RELATIVE);
    }

    static boolean close(double a, double b, double scale, double relative) {
        if (a == b) {
            return true;
        }
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        return Math.abs(a - b) <= relative * Math.max(scale, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static String kind(Value v) {
        return v instanceof Scalar ? "number" : v instanceof Text ? "string" : v instanceof Matrix ? "matrix" : v.kind();
    }

    private static String kind(StoredValue v) {
        return v instanceof StoredValue.Number ? "number" : v instanceof StoredValue.Str ? "string"
                : v instanceof StoredValue.Grid ? "matrix" : "value";
    }
}
