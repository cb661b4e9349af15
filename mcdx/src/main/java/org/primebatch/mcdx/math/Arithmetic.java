package org.primebatch.mcdx.math;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.primebatch.mcdx.units.Dimension;

/** The arithmetic operators on numbers and matrices, with units checked as Mathcad checks them. */
final class Arithmetic {
    private Arithmetic() {
    }

    static Scalar scalar(Value v, String where) {
        if (v instanceof Scalar s) {
            return s;
        }
        if (v instanceof RangeValue) {
            throw new Unsupported(where + ": a range variable where a single value is needed");
        }
        if (v instanceof Matrix) {
            // Prime applies some functions to each element of an array; which ones is not known here.
            throw new Unsupported(where + " of a matrix");
        }
        throw new MathError(where + ": this value must be a number, it is " + v.kind());
    }

    static Matrix matrix(Value v, String where) {
        if (v instanceof Matrix m) {
            return m;
        }
        throw new MathError(where + ": this value must be a matrix, it is " + v.kind());
    }

    static void sameDimension(Scalar a, Scalar b, String where) {
        if (!a.dimension().equals(b.dimension())) {
            throw new MathError(where + ": the units do not match (" + a.dimension() + " and " + b.dimension() + ")");
        }
    }

    static Value add(Value a, Value b) {
        return sum(a, b, 1, "+");
    }

    static Value subtract(Value a, Value b) {
        return sum(a, b, -1, "-");
    }

    private static Value sum(Value a, Value b, int sign, String where) {
        if (a instanceof Scalar x && b instanceof Scalar y) {
            if (isPlainZero(x)) {
                return new Scalar(sign * y.si(), y.dimension());
            }
            if (!isPlainZero(y)) {
                sameDimension(x, y, where);
            }
            return new Scalar(x.si() + sign * y.si(), x.dimension());
        }
        if (a instanceof Matrix || b instanceof Matrix) {
            return elementwise(a, b, (x, y) -> sum(x, y, sign, where), where);
        }
        throw new MathError(where + ": cannot combine " + a.kind() + " and " + b.kind());
    }

    /** Prime adds a zero without units to a quantity with units: {@code 0 + 5 m} is {@code 5 m}. */
    private static boolean isPlainZero(Scalar x) {
        return x.si() == 0 && x.isDimensionless();
    }

    static Value negate(Value a) {
        if (a instanceof Scalar x) {
            return new Scalar(-x.si(), x.dimension());
        }
        if (a instanceof Matrix m) {
            return map(m, Arithmetic::negate);
        }
        throw new MathError("-: cannot negate " + a.kind());
    }

    static Value multiply(Value a, Value b) {
        if (a instanceof Scalar x && b instanceof Scalar y) {
            return new Scalar(x.si() * y.si(), x.dimension().times(y.dimension()));
        }
        if (a instanceof Scalar && b instanceof Matrix m) {
            return map(m, e -> multiply(a, e));
        }
        if (a instanceof Matrix m && b instanceof Scalar) {
            return map(m, e -> multiply(e, b));
        }
        if (a instanceof Matrix x && b instanceof Matrix y) {
            if (x.cols() == 1 && y.cols() == 1 && x.rows() > 1) {
                return dot(x, y);
            }
            if (x.rows() == 1 && y.cols() == 1 && x.cols() > 1) {
                return product(x, y).get(0, 0);
            }
            return product(x, y);
        }
        throw new MathError("·: cannot multiply " + a.kind() + " by " + b.kind());
    }

    private static Value dot(Matrix x, Matrix y) {
        if (x.rows() != y.rows()) {
            throw new MathError("·: the vectors differ in length");
        }
        Value total = null;
        for (int i = 0; i < x.rows(); i++) {
            Value term = multiply(x.get(i, 0), y.get(i, 0));
            total = total == null ? term : add(total, term);
        }
        return total;
    }

    static Matrix product(Matrix x, Matrix y) {
        if (x.cols() != y.rows()) {
            throw new MathError("·: the matrix sizes do not match (" + x.rows() + "x" + x.cols() + " and "
                    + y.rows() + "x" + y.cols() + ")");
        }
        Value[] out = new Value[x.rows() * y.cols()];
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < y.cols(); j++) {
                Value total = null;
                for (int k = 0; k < x.cols(); k++) {
                    Value term = multiply(x.get(i, k), y.get(k, j));
                    total = total == null ? term : add(total, term);
                }
                out[j * x.rows() + i] = total;
            }
        }
        return Matrix.ofColumnMajor(x.rows(), y.cols(), out);
    }

    static Value divide(Value a, Value b) {
        if (b instanceof Scalar y) {
            if (a instanceof Matrix m) {
                return map(m, e -> divide(e, b));
            }
            Scalar x = scalar(a, "/");
            if (y.si() == 0) {
                throw new MathError("/: can't divide by zero");
            }
            return new Scalar(x.si() / y.si(), x.dimension().over(y.dimension()));
        }
        throw new Unsupported("division by " + b.kind());
    }

    static Value power(Value base, Value exponent) {
        Scalar e = scalar(exponent, "^");
        if (!e.isDimensionless()) {
            throw new MathError("^: the exponent must be dimensionless");
        }
        if (base instanceof Matrix m) {
            return MatrixAlgebra.power(m, e.integer("^"));
        }
        Scalar b = scalar(base, "^");
        if (b.si() == 0 && e.si() < 0) {
            throw new MathError("^: can't divide by zero");
        }
        double result = Math.pow(b.si(), e.si());
        if (Double.isNaN(result) && !Double.isNaN(b.si())) {
            throw new Unsupported("^: a complex result");
        }
        return new Scalar(result, b.dimension().pow(e.si()));
    }

    /** The n-th root; odd roots of negative numbers are real, as in Mathcad. */
    static Value root(Value degree, Value radicand) {
        Scalar x = scalar(radicand, "root");
        int n = scalar(degree, "root").integer("root index");
        if (n == 0) {
            throw new MathError("root: the index must not be zero");
        }
        double result;
        if (x.si() < 0) {
            if (n % 2 == 0) {
                throw new Unsupported("root: an even root of a negative number is complex");
            }
            result = -Math.pow(-x.si(), 1.0 / n);
        } else {
            result = n == 2 ? Math.sqrt(x.si()) : n == 3 ? Math.cbrt(x.si()) : Math.pow(x.si(), 1.0 / n);
        }
        return new Scalar(result, x.dimension().pow(1.0 / n));
    }

    /** |x|: magnitude of a number, length of a vector, determinant of a square matrix. */
    static Value absolute(Value a) {
        if (a instanceof Scalar x) {
            return new Scalar(Math.abs(x.si()), x.dimension());
        }
        if (a instanceof Matrix m && m.cols() == 1) {
            Value squares = dot(m, m);
            return root(Scalar.of(2), squares);
        }
        if (a instanceof Matrix m && m.rows() == m.cols()) {
            return MatrixAlgebra.determinant(m);
        }
        throw new MathError("|x|: needs a number, a vector or a square matrix, not " + a.kind());
    }

    static Value factorial(Value a) {
        int n = scalar(a, "!").integer("!");
        if (n < 0) {
            throw new MathError("!: the argument must not be negative");
        }
        double result = 1;
        for (int i = 2; i <= n; i++) {
            result *= i;
        }
        return Scalar.of(result);
    }

    /** Applies an operator element by element, a number standing for every element. */
    static Value elementwise(Value a, Value b, BinaryOperator<Value> op, String where) {
        if (a instanceof Matrix x && b instanceof Matrix y) {
            if (x.rows() != y.rows() || x.cols() != y.cols()) {
                throw new MathError(where + ": the matrices differ in size");
            }
            Value[] out = new Value[x.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = op.apply(x.elements().get(i), y.elements().get(i));
            }
            return Matrix.ofColumnMajor(x.rows(), x.cols(), out);
        }
        if (a instanceof Matrix x) {
            return map(x, e -> op.apply(e, b));
        }
        if (b instanceof Matrix y) {
            return map(y, e -> op.apply(a, e));
        }
        return op.apply(a, b);
    }

    static Matrix map(Matrix m, UnaryOperator<Value> op) {
        Value[] out = new Value[m.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = op.apply(m.elements().get(i));
        }
        return Matrix.ofColumnMajor(m.rows(), m.cols(), out);
    }

    static Scalar withDimension(double si, Dimension dimension) {
        return new Scalar(si, dimension);
    }
}
