package org.primebatch.mcdx.check;

import java.util.List;
import org.primebatch.mcdx.units.Dimension;
import org.primebatch.mcdx.units.StoredMonomial;

/** A value as result.xml stores it, before the display unit of its region is applied. */
sealed interface StoredValue {
    /** A real number; {@code monomial} is null when the number is bare (in the display unit, or dimensionless). */
    record Number(double value, StoredMonomial monomial) implements StoredValue {
        Dimension leftover() {
            return monomial == null ? Dimension.NONE : monomial.dimension();
        }

        double leftoverFactor() {
            return monomial == null ? 1 : monomial.factor();
        }
    }

    record Str(String text) implements StoredValue {
    }

    /** Elements in column-major order. */
    record Grid(int rows, int cols, List<StoredValue> elements) implements StoredValue {
    }

    /** A stored form this reader does not take apart (complex numbers, plots…). */
    record Unreadable(String what) implements StoredValue {
    }
}
