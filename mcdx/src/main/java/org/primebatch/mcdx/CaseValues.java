package org.primebatch.mcdx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primebatch.api.CaseValue;
import org.primebatch.mcdx.math.DisplayUnit;
import org.primebatch.mcdx.math.Matrix;
import org.primebatch.mcdx.math.Scalar;
import org.primebatch.mcdx.math.Text;
import org.primebatch.mcdx.math.Value;
import org.primebatch.mcdx.units.Dimension;
import org.primebatch.mcdx.units.UnitException;
import org.primebatch.mcdx.units.Units;
import org.primebatch.mcdx.write.CaseWriteException;
import org.primebatch.mcdx.write.InputValue;

/** Case values (numbers, strings and matrices with a unit as users type it) to worksheet values and back. */
final class CaseValues {
    private CaseValues() {
    }

    /**
     * Why a case value cannot be an input (a string with a unit, a unit that does not parse, a matrix that is not
     * a rectangle of numbers…), or null when it can.
     */
    static String problem(CaseValue value) {
        try {
            toInputValue(value);
            Units.parse(value.unit());
            return null;
        } catch (UnitException | IllegalArgumentException | CaseWriteException e) {
            return e.getMessage();
        }
    }

    /** Case inputs as the per-case worksheet writes them. */
    static Map<String, InputValue> toInputValues(Map<String, CaseValue> inputs) {
        Map<String, InputValue> values = new LinkedHashMap<>();
        inputs.forEach((alias, value) -> values.put(alias, toInputValue(value)));
        return values;
    }

    /** Throws {@link IllegalArgumentException} for a value that is not a number, a string or a matrix of numbers. */
    private static InputValue toInputValue(CaseValue value) {
        JsonNode node = value.value();
        String unit = value.unit() == null ? "" : value.unit();
        if (node.isTextual()) {
            if (value.unit() != null) {
                throw new IllegalArgumentException("a string takes no unit");
            }
            return InputValue.text(node.asText());
        }
        if (!node.isNumber() && (!node.isArray() || node.isEmpty())) {
            throw new IllegalArgumentException("a value must be a number, a string or a matrix");
        }
        if (node.isNumber()) {
            return InputValue.number(node.asDouble(), unit);
        }
        boolean nested = node.size() > 0 && node.get(0).isArray();
        double[][] rows = new double[node.size()][];
        for (int r = 0; r < node.size(); r++) {
            JsonNode row = node.get(r);
            rows[r] = new double[nested ? row.size() : 1];
            if (nested != row.isArray()) {
                throw new IllegalArgumentException("a matrix mixes rows and single numbers");
            }
            for (int c = 0; c < rows[r].length; c++) {
                JsonNode cell = nested ? row.get(c) : row;
                if (!cell.isNumber()) {
                    throw new IllegalArgumentException("matrix element [" + r + "," + c + "] is not a number");
                }
                rows[r][c] = cell.asDouble();
            }
        }
        return InputValue.matrix(rows, unit);
    }

    /** A value as a case output: numbers in the display unit when there is one, else in SI base units. */
    static CaseValue toCaseValue(Value value, Optional<DisplayUnit> display) {
        if (value instanceof Text t) {
            return CaseValue.of(t.text());
        }
        if (value instanceof Scalar s) {
            if (display.isPresent() && display.get().dimension().equals(s.dimension())) {
                return CaseValue.of(display.get().valueOf(s.si()), display.get().expression());
            }
            return CaseValue.of(s.si(), baseUnit(s.dimension()));
        }
        if (value instanceof Matrix m) {
            Dimension dimension = commonDimension(m);
            boolean inDisplay = display.isPresent() && display.get().dimension().equals(dimension);
            ArrayNode rows = JsonNodeFactory.instance.arrayNode();
            for (int r = 0; r < m.rows(); r++) {
                ArrayNode row = rows.addArray();
                for (int c = 0; c < m.cols(); c++) {
                    double si = ((Scalar) m.get(r, c)).si();
                    row.add(inDisplay ? display.get().valueOf(si) : si);
                }
            }
            return new CaseValue(rows, inDisplay ? display.get().expression() : baseUnit(dimension));
        }
        throw new IllegalArgumentException("a " + value.kind() + " is not a case value");
    }

    private static Dimension commonDimension(Matrix m) {
        Dimension common = null;
        for (Value element : m.elements()) {
            if (!(element instanceof Scalar s)) {
                throw new IllegalArgumentException("a matrix holding a " + element.kind() + " is not a case value");
            }
            if (common != null && !common.equals(s.dimension()) && s.si() != 0) {
                throw new IllegalArgumentException("a matrix with mixed units is not a case value");
            }
            if (common == null || s.si() != 0) {
                common = s.dimension();
            }
        }
        return common;
    }

    /** SI base units as users type them: {@code m^-1*kg*s^-2}; null when dimensionless. */
    static String baseUnit(Dimension dimension) {
        if (dimension.isNone()) {
            return null;
        }
        List<String> factors = new ArrayList<>();
        for (int i = 0; i < Dimension.BASE.length; i++) {
            double e = dimension.exponent(i);
            if (e != 0) {
                factors.add(Dimension.BASE[i] + (e == 1 ? "" : "^" + (e == Math.rint(e) ? Long.toString((long) e) : Double.toString(e))));
            }
        }
        return String.join("*", factors);
    }
}
