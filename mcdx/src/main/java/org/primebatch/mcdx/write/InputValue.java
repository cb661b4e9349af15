package org.primebatch.mcdx.write;

import java.util.ArrayList;
import java.util.List;

/**
 * The new value of one designated input: a number, a string or a matrix of numbers, numbers with a unit string as users
 * type it ({@code kN*m}, {@code kip/ft}, {@code in^2}; blank for none).
 */
public sealed interface InputValue {
    /** What the value is, for error messages. */
    String kind();

    static InputValue number(double value) {
        return new Number(value, "");
    }

    static InputValue number(double value, String unit) {
        return new Number(value, unit);
    }

    static InputValue text(String text) {
        return new Str(text);
    }

    /** A matrix given row by row. */
    static InputValue matrix(double[][] rows, String unit) {
        List<List<Double>> copy = new ArrayList<>();
        for (double[] row : rows) {
            List<Double> r = new ArrayList<>();
            for (double x : row) {
                r.add(x);
            }
            copy.add(r);
        }
        return new NumberMatrix(copy, unit);
    }

    record Number(double value, String unit) implements InputValue {
        public Number {
            if (!Double.isFinite(value)) {
                throw new CaseWriteException("an input number must be finite, not " + value);
            }
            unit = unit == null ? "" : unit.strip();
        }

        @Override
        public String kind() {
            return "a number";
        }
    }

    record Str(String text) implements InputValue {
        public Str {
            if (text == null) {
                throw new CaseWriteException("an input string must not be null");
            }
        }

        @Override
        public String kind() {
            return "a string";
        }
    }

    /** Rows of numbers, all of one length; {@link #columnMajor()} gives them in the order worksheets store them. */
    record NumberMatrix(List<List<Double>> rows, String unit) implements InputValue {
        public NumberMatrix {
            if (rows == null || rows.isEmpty() || rows.get(0).isEmpty()) {
                throw new CaseWriteException("an input matrix needs at least one row and one column");
            }
            int cols = rows.get(0).size();
            List<List<Double>> copy = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<Double> row = rows.get(r);
                if (row.size() != cols) {
                    throw new CaseWriteException("an input matrix must be rectangular: row " + (r + 1) + " has "
                            + row.size() + " elements, row 1 has " + cols);
                }
                for (Double x : row) {
                    if (x == null || !Double.isFinite(x)) {
                        throw new CaseWriteException("an input matrix element must be a finite number, not " + x);
                    }
                }
                copy.add(List.copyOf(row));
            }
            rows = List.copyOf(copy);
            unit = unit == null ? "" : unit.strip();
        }

        public int rowCount() {
            return rows.size();
        }

        public int columnCount() {
            return rows.get(0).size();
        }

        public List<Double> columnMajor() {
            List<Double> out = new ArrayList<>(rowCount() * columnCount());
            for (int c = 0; c < columnCount(); c++) {
                for (List<Double> row : rows) {
                    out.add(row.get(c));
                }
            }
            return out;
        }

        @Override
        public String kind() {
            return "a matrix";
        }
    }
}
