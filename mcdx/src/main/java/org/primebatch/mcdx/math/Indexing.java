package org.primebatch.mcdx.math;

import java.util.Arrays;

/** Subscripts ({@code v_i}, {@code M_{i,j}}), the column operator and assignment to elements, honouring ORIGIN. */
final class Indexing {
    private Indexing() {
    }

    static int index(Value v, int origin) {
        return Arithmetic.scalar(v, "index").integer("index") - origin;
    }

    static Value element(Value target, int row, int origin) {
        Matrix m = Arithmetic.matrix(target, "index");
        if (m.cols() != 1) {
            throw new MathError("index: one index needs a vector, this matrix has " + m.cols() + " columns");
        }
        if (row < 0 || row >= m.rows()) {
            throw new MathError("index out of range: " + (row + origin));
        }
        return m.get(row, 0);
    }

    static Value element(Value target, int row, int col, int origin) {
        Matrix m = Arithmetic.matrix(target, "index");
        if (row < 0 || row >= m.rows() || col < 0 || col >= m.cols()) {
            throw new MathError("index out of range: " + (row + origin) + ", " + (col + origin));
        }
        return m.get(row, col);
    }

    static Matrix column(Value target, int col, int origin) {
        Matrix m = Arithmetic.matrix(target, "column");
        if (col < 0 || col >= m.cols()) {
            throw new MathError("column index out of range: " + (col + origin));
        }
        return Matrix.column(m.elements().subList(col * m.rows(), (col + 1) * m.rows()));
    }

    static Matrix row(Value target, int row, int origin) {
        Matrix m = Arithmetic.matrix(target, "row");
        if (row < 0 || row >= m.rows()) {
            throw new MathError("row index out of range: " + (row + origin));
        }
        Value[] out = new Value[m.cols()];
        for (int j = 0; j < m.cols(); j++) {
            out[j] = m.get(row, j);
        }
        return Matrix.ofColumnMajor(1, m.cols(), out);
    }

    /**
     * A copy of {@code target} (or a new matrix) with one element set, grown when needed with zeros in the unit of
     * the element set (Mathcad stores such a vector under one unit). A number as target is replaced by a new array
     * when its first element is set, and refused otherwise.
     */
    static Matrix assign(Value target, int row, int col, Value value, int origin) {
        if (row < 0 || col < 0) {
            throw new MathError("index out of range: " + (row + origin) + ", " + (col + origin));
        }
        Matrix old = null;
        if (target instanceof Matrix m) {
            old = m;
        } else if (target instanceof Scalar && row == 0 && col == 0) {
            // the number is replaced whether Mathcad reads it as a 1×1 array or starts a new one
            old = null;
        } else if (target != null) {
            throw new Unsupported("assigning an element of " + target.kind());
        }
        int rows = Math.max(old == null ? 0 : old.rows(), row + 1);
        int cols = Math.max(old == null ? 0 : old.cols(), col + 1);
        Value[] out = new Value[rows * cols];
        Arrays.fill(out, value instanceof Scalar s ? new Scalar(0, s.dimension()) : Scalar.ZERO);
        if (old != null) {
            for (int j = 0; j < old.cols(); j++) {
                for (int i = 0; i < old.rows(); i++) {
                    out[j * rows + i] = old.get(i, j);
                }
            }
        }
        out[col * rows + row] = value;
        return Matrix.ofColumnMajor(rows, cols, out);
    }

    static Matrix transpose(Value v) {
        Matrix m = Arithmetic.matrix(v, "transpose");
        Value[] out = new Value[m.size()];
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                out[i * m.cols() + j] = m.get(i, j);
            }
        }
        return Matrix.ofColumnMajor(m.cols(), m.rows(), out);
    }
}
