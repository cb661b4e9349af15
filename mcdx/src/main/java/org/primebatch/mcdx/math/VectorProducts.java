package org.primebatch.mcdx.math;

/** The cross product of two three-element vectors, units multiplied. */
final class VectorProducts {
    private VectorProducts() {
    }

    static Value cross(Value left, Value right) {
        Matrix a = threeVector(left);
        Matrix b = threeVector(right);
        return Matrix.column(
                component(a, b, 1, 2),
                component(a, b, 2, 0),
                component(a, b, 0, 1));
    }

    private static Value component(Matrix a, Matrix b, int i, int j) {
        return Arithmetic.subtract(
                Arithmetic.multiply(a.get(i, 0), b.get(j, 0)),
                Arithmetic.multiply(a.get(j, 0), b.get(i, 0)));
    }

    private static Matrix threeVector(Value v) {
        Matrix m = Arithmetic.matrix(v, "cross product");
        if (m.rows() != 3 || m.cols() != 1) {
            throw new MathError("cross product: needs vectors of three elements");
        }
        for (Value e : m.elements()) {
            Arithmetic.scalar(e, "cross product");
        }
        return m;
    }
}
