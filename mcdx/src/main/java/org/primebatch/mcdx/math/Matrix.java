package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A matrix stored column-major, as worksheets write it. Every element is its own value: numbers may carry different
 * units, and elements may be strings or nested matrices.
 */
public record Matrix(int rows, int cols, List<Value> elements) implements Value {
    public Matrix {
        if (rows < 1 || cols < 1 || elements.size() != rows * cols) {
            throw new IllegalArgumentException("a " + rows + "x" + cols + " matrix with " + elements.size() + " elements");
        }
        elements = List.copyOf(elements);
    }

    public static Matrix column(List<? extends Value> values) {
        return new Matrix(values.size(), 1, new ArrayList<>(values));
    }

    public static Matrix column(Value... values) {
        return column(Arrays.asList(values));
    }

    public static Matrix ofColumnMajor(int rows, int cols, Value[] elements) {
        return new Matrix(rows, cols, Arrays.asList(elements));
    }

    /** A matrix of dimensionless numbers, given row by row (for readable tests and built-ins). */
    public static Matrix ofRows(double[][] rows) {
        int r = rows.length;
        int c = rows[0].length;
        Value[] elements = new Value[r * c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                elements[j * r + i] = Scalar.of(rows[i][j]);
            }
        }
        return ofColumnMajor(r, c, elements);
    }

    /** The element at a zero-based row and column. */
    public Value get(int row, int col) {
        return elements.get(col * rows + row);
    }

    public boolean isVector() {
        return cols == 1;
    }

    public int size() {
        return elements.size();
    }

    public Value[] toArray() {
        return elements.toArray(new Value[0]);
    }

    @Override
    public String kind() {
        return "a matrix";
    }
}
