package org.primebatch.mcdx.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.primebatch.mcdx.math.DisplayUnit;
import org.primebatch.mcdx.math.Matrix;
import org.primebatch.mcdx.math.Scalar;
import org.primebatch.mcdx.math.Text;
import org.primebatch.mcdx.math.Value;
import org.primebatch.mcdx.units.Dimension;
import org.primebatch.mcdx.units.StorageUnits;
import org.primebatch.mcdx.units.StoredMonomial;
import org.primebatch.mcdx.units.UnitException;
import org.primebatch.mcdx.units.UnitSystem;

/**
 * A computed value in the form result.xml stores it:
 * <ul>
 * <li>dimensionless without a display unit: a bare {@code <ml:real>};</li>
 * <li>with a display unit of the same dimension: a bare real in that unit;</li>
 * <li>otherwise {@code <ml:unitedValue>}: the real in the display unit (if any) times the monomial
 * {@link StorageUnits#monomialFor} gives for the rest of the dimension in the sheet's unit system;</li>
 * <li>strings {@code <ml:str>};</li>
 * <li>matrices {@code <ml:matrix>} column by column: one {@code unitedValue} around the matrix when all elements are
 * numbers of one dimension, else each element in its own form.</li>
 * </ul>
 * Empty when the value has no stored form here: functions, ranges, numbers that are not finite, or a monomial the
 * unit system cannot name.
 */
final class StoredForm {
    private final MathMarkup ml;
    private final UnitSystem system;

    /** {@code system} is null when the sheet's unit system is not one whose storage names are known. */
    StoredForm(MathMarkup ml, UnitSystem system) {
        this.ml = ml;
        this.system = system;
    }

    Optional<String> of(Value value, Optional<DisplayUnit> display) {
        try {
            return Optional.ofNullable(form(value, display.orElse(null)));
        } catch (UnitException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String form(Value value, DisplayUnit display) {
        if (value instanceof Scalar s) {
            return scalar(s, display);
        }
        if (value instanceof Text t) {
            return ml.str(t.text(), "a computed string");
        }
        if (value instanceof Matrix m) {
            return matrix(m, display);
        }
        return null;
    }

    private String scalar(Scalar s, DisplayUnit display) {
        if (display != null && s.dimension().equals(display.dimension())) {
            return real(display.valueOf(s.si()));
        }
        double factor = display == null ? 1 : display.factor();
        Dimension rest = display == null ? s.dimension() : s.dimension().over(display.dimension());
        if (rest.isNone()) {
            return real(s.si() / factor);
        }
        StoredMonomial monomial = monomial(rest);
        return ml.unitedValue(real(s.si() / (factor * monomial.factor())), monomial);
    }

    private String matrix(Matrix m, DisplayUnit display) {
        Dimension shared = sharedDimension(m);
        List<String> elements = new ArrayList<>();
        if (shared == null) {
            for (Value element : m.elements()) {
                String form = form(element, display);
                if (form == null) {
                    return null;
                }
                elements.add(form);
            }
            return ml.matrix(m.rows(), m.cols(), elements);
        }
        if (display != null && shared.equals(display.dimension()) || display == null && shared.isNone()) {
            for (Value element : m.elements()) {
                double si = ((Scalar) element).si();
                elements.add(real(display == null ? si : display.valueOf(si)));
            }
            return ml.matrix(m.rows(), m.cols(), elements);
        }
        double factor = display == null ? 1 : display.factor();
        Dimension rest = display == null ? shared : shared.over(display.dimension());
        StoredMonomial monomial = monomial(rest);
        for (Value element : m.elements()) {
            elements.add(real(((Scalar) element).si() / (factor * monomial.factor())));
        }
        return ml.unitedValue(ml.matrix(m.rows(), m.cols(), elements), monomial);
    }

    /**
     * The dimension all elements share when they are all numbers, else null. A dimensionless zero fits any dimension,
     * as in Mathcad, where {@code [0 0.2 m]} is a matrix of lengths.
     */
    private static Dimension sharedDimension(Matrix m) {
        Dimension shared = null;
        for (Value element : m.elements()) {
            if (!(element instanceof Scalar s)) {
                return null;
            }
            if (s.si() == 0 && s.isDimensionless()) {
                continue;
            }
            if (shared != null && !shared.equals(s.dimension())) {
                return null;
            }
            shared = s.dimension();
        }
        return shared == null ? Dimension.NONE : shared;
    }

    private StoredMonomial monomial(Dimension dimension) {
        if (system == null) {
            throw new UnitException("the sheet's unit system has no known storage names");
        }
        return StorageUnits.monomialFor(dimension, system);
    }

    private String real(double x) {
        return ml.real(NumberText.stored(x));
    }
}
