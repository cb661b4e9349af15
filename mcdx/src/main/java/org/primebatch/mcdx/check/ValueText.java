package org.primebatch.mcdx.check;

import java.util.Optional;
import org.primebatch.mcdx.math.DisplayUnit;
import org.primebatch.mcdx.math.Matrix;
import org.primebatch.mcdx.math.Scalar;
import org.primebatch.mcdx.math.Text;
import org.primebatch.mcdx.math.Value;

/** Values as people read them in check reports: numbers in their display unit, else in SI base units. */
final class ValueText {
    private ValueText() {
    }

    static String of(Value value, Optional<DisplayUnit> display) {
        if (value instanceof Scalar s) {
            if (display.isPresent() && display.get().dimension().equals(s.dimension())) {
                return number(display.get().valueOf(s.si())) + unit(display.get().expression());
            }
            return number(s.si()) + (s.dimension().isNone() ? "" : " " + s.dimension());
        }
        if (value instanceof Text t) {
            return "\"" + t.text() + "\"";
        }
        if (value instanceof Matrix m) {
            return m.rows() + "×" + m.cols() + " matrix";
        }
        return value.kind();
    }

    static String of(StoredValue value, Optional<DisplayUnit> display) {
        if (value instanceof StoredValue.Number n) {
            return number(n.value()) + display.map(d -> unit(d.expression())).orElse("")
                    + (n.monomial() == null ? "" : " " + n.monomial());
        }
        if (value instanceof StoredValue.Str s) {
            return "\"" + s.text() + "\"";
        }
        if (value instanceof StoredValue.Grid g) {
            return g.rows() + "×" + g.cols() + " matrix";
        }
        return ((StoredValue.Unreadable) value).what();
    }

    private static String unit(String expression) {
        return expression == null || expression.isBlank() ? "" : " " + expression;
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
