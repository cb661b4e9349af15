package org.primebatch.mcdx.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.primebatch.mcdx.math.FunctionValue;
import org.primebatch.mcdx.math.Matrix;
import org.primebatch.mcdx.math.RangeValue;
import org.primebatch.mcdx.math.Scalar;
import org.primebatch.mcdx.math.Text;
import org.primebatch.mcdx.math.Value;

/**
 * A computed value as a number (or matrix, string, range) and a unit: in the preferred unit when the dimensions
 * agree, else in SI. Large matrices show their corners.
 */
final class ValueText {
    static final int MAX_ROWS = 12;
    static final int MAX_COLS = 8;

    /** The value as text and its unit (empty when dimensionless, or when the elements of a matrix differ). */
    record Shown(String value, String unit) {
        String text() {
            return unit.isEmpty() ? value : value + " " + unit;
        }
    }

    private ValueText() {
    }

    static Shown of(Value value, Optional<ShownUnit> preferred) {
        if (value instanceof Scalar s) {
            ShownUnit unit = unitFor(s, preferred);
            return new Shown(NumberText.of(unit.valueOf(s.si())), unit.text());
        }
        if (value instanceof Text t) {
            return new Shown("\"" + t.text() + "\"", "");
        }
        if (value instanceof Matrix m) {
            return matrix(m, preferred);
        }
        if (value instanceof RangeValue r) {
            ShownUnit unit = unitFor(new Scalar(r.first(), r.dimension()), preferred);
            return new Shown(NumberText.of(unit.valueOf(r.first())) + ", " + NumberText.of(unit.valueOf(r.first() + r.step()))
                    + ".." + NumberText.of(unit.valueOf(r.last())), unit.text());
        }
        if (value instanceof FunctionValue) {
            return new Shown("function", "");
        }
        return new Shown(String.valueOf(value), "");
    }

    private static ShownUnit unitFor(Scalar s, Optional<ShownUnit> preferred) {
        return preferred.filter(u -> u.dimension().equals(s.dimension())).orElseGet(() -> ShownUnit.si(s.dimension()));
    }

    private static Shown matrix(Matrix m, Optional<ShownUnit> preferred) {
        Optional<ShownUnit> common = commonUnit(m, preferred);
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < m.rows(); r++) {
            if (r == MAX_ROWS - 1 && m.rows() > MAX_ROWS) {
                rows.add("…");
                r = m.rows() - 1;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < m.cols(); c++) {
                if (c == MAX_COLS - 1 && m.cols() > MAX_COLS) {
                    cells.add("…");
                    c = m.cols() - 1;
                }
                cells.add(element(m.get(r, c), common, preferred));
            }
            rows.add(String.join(cells.stream().anyMatch(t -> t.contains(" ")) ? ", " : " ", cells));
        }
        return new Shown("[" + String.join("; ", rows) + "]", common.map(ShownUnit::text).orElse(""));
    }

    private static String element(Value v, Optional<ShownUnit> common, Optional<ShownUnit> preferred) {
        if (common.isPresent() && v instanceof Scalar s) {
            return NumberText.of(common.get().valueOf(s.si()));
        }
        return of(v, preferred).text();
    }

    /** The unit every element shares, when all are numbers of one dimension. */
    private static Optional<ShownUnit> commonUnit(Matrix m, Optional<ShownUnit> preferred) {
        if (!(m.elements().get(0) instanceof Scalar first)) {
            return Optional.empty();
        }
        for (Value v : m.elements()) {
            if (!(v instanceof Scalar s) || !s.dimension().equals(first.dimension())) {
                return Optional.empty();
            }
        }
        return Optional.of(unitFor(first, preferred));
    }
}
