package org.primebatch.mcdx.math;

import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * lsolve, det, the vector norm, the matrix norms and condition numbers, rank, rref, singular values, eigenvalues and
 * geninv, on matrices of plain numbers. Results whose digits would depend on how LAPACK orders its rounding (badly conditioned singular values,
 * complex eigenvalues, eigenvalues of large non-symmetric matrices) are refused.
 */
final class LinearAlgebraFunctions {
    /** Beyond this ratio of singular values, the smaller ones are not known to ten digits from the Gram matrix. */
    private static final double WELL_CONDITIONED = 1e3;

    private LinearAlgebraFunctions() {
    }

    static void register(Map<String, BuiltinFunction> table) {
        Builtins.add(table, "lsolve", 2, 2, args -> {
            double[][] a = square(args.get(0), "lsolve");
            double[] b = vector(args.get(1), "lsolve");
            if (b.length != a.length) {
                throw new MathError("lsolve: the vector must have as many rows as the matrix");
            }
            return column(LuDecomposition.of(a, "lsolve").solve(b));
        });
        norm(table, "norm1", LinearAlgebraFunctions::norm1);
        norm(table, "normi", LinearAlgebraFunctions::normInfinity);
        norm(table, "norme", LinearAlgebraFunctions::normEuclidean);
        norm(table, "norm2", a -> singularValues(a, "norm2")[0]);
        condition(table, "cond1", LinearAlgebraFunctions::norm1);
        condition(table, "condi", LinearAlgebraFunctions::normInfinity);
        condition(table, "conde", LinearAlgebraFunctions::normEuclidean);
        Builtins.add(table, "cond2", 1, 1, args -> {
            double[] s = singularValues(square(args.get(0), "cond2"), "cond2");
            return Scalar.of(s[0] / s[s.length - 1]);
        });
        Builtins.add(table, "svds", 1, 1, args -> {
            double[][] a = numbers(args.get(0), "svds");
            if (a.length < a[0].length) {
                throw new MathError("svds: the matrix must have at least as many rows as columns");
            }
            return column(singularValues(a, "svds"));
        });
        Builtins.add(table, "eigenvals", 1, 1, args -> column(eigenvalues(square(args.get(0), "eigenvals"))));
        Builtins.add(table, "det", 1, 1, args -> MatrixAlgebra.determinant(Arithmetic.matrix(args.get(0), "det")));
        Builtins.add(table, "norm", 1, 1, args -> {
            double[] v = vector(args.get(0), "norm");
            double sum = 0;
            for (double x : v) {
                sum += x * x;
            }
            return Scalar.of(Math.sqrt(sum));
        });
        Builtins.add(table, "rank", 1, 1, args -> {
            double[][] a = numbers(args.get(0), "rank");
            // a well-conditioned matrix has full rank; near-singular ones need LAPACK's own tolerance, so are refused
            double[][] tall = a.length >= a[0].length ? a
                    : MatrixAlgebra.numbers(Indexing.transpose(args.get(0)), "rank");
            return Scalar.of(singularValues(tall, "rank").length);
        });
        Builtins.add(table, "rref", 1, 1, args -> Matrix.ofRows(RowEchelon.reduce(numbers(args.get(0), "rref"))));
        Builtins.add(table, "geninv", 1, 1, args -> {
            Matrix m = Arithmetic.matrix(args.get(0), "geninv");
            if (m.rows() != m.cols()) {
                throw new Unsupported("geninv of a matrix that is not square");
            }
            return MatrixAlgebra.inverse(m);
        });
    }

    private static void norm(Map<String, BuiltinFunction> table, String name, ToDoubleFunction<double[][]> norm) {
        Builtins.add(table, name, 1, 1, args -> Scalar.of(norm.applyAsDouble(square(args.get(0), name))));
    }

    private static void condition(Map<String, BuiltinFunction> table, String name, ToDoubleFunction<double[][]> norm) {
        Builtins.add(table, name, 1, 1, args -> {
            double[][] a = square(args.get(0), name);
            double[][] inverse = MatrixAlgebra.numbers(MatrixAlgebra.inverse(Arithmetic.matrix(args.get(0), name)), name);
            return Scalar.of(norm.applyAsDouble(a) * norm.applyAsDouble(inverse));
        });
    }

    static double norm1(double[][] a) {
        double largest = 0;
        for (int j = 0; j < a[0].length; j++) {
            double sum = 0;
            for (double[] row : a) {
                sum += Math.abs(row[j]);
            }
            largest = Math.max(largest, sum);
        }
        return largest;
    }

    static double normInfinity(double[][] a) {
        double largest = 0;
        for (double[] row : a) {
            double sum = 0;
            for (double x : row) {
                sum += Math.abs(x);
            }
            largest = Math.max(largest, sum);
        }
        return largest;
    }

    static double normEuclidean(double[][] a) {
        double sum = 0;
        for (double[] row : a) {
            for (double x : row) {
                sum += x * x;
            }
        }
        return Math.sqrt(sum);
    }

    /** Singular values, largest first, as square roots of the eigenvalues of AᵀA. */
    static double[] singularValues(double[][] a, String where) {
        int cols = a[0].length;
        double[][] gram = new double[cols][cols];
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < cols; j++) {
                double sum = 0;
                for (double[] row : a) {
                    sum += row[i] * row[j];
                }
                gram[i][j] = sum;
            }
        }
        double[] values = SymmetricEigenvalues.of(gram);
        double[] singular = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            singular[i] = Math.sqrt(Math.max(values[i], 0));
        }
        if (singular.length > 1 && !(singular[0] <= WELL_CONDITIONED * singular[singular.length - 1])) {
            throw new Unsupported(where + " of a badly conditioned matrix");
        }
        return singular;
    }

    /** Real eigenvalues, largest first: any symmetric matrix, or a 2×2 one with real eigenvalues. */
    static double[] eigenvalues(double[][] a) {
        if (SymmetricEigenvalues.isSymmetric(a)) {
            return SymmetricEigenvalues.of(a);
        }
        if (a.length == 1) {
            return new double[] {a[0][0]};
        }
        if (a.length != 2) {
            throw new Unsupported("eigenvals of a non-symmetric matrix larger than 2×2");
        }
        double trace = a[0][0] + a[1][1];
        double determinant = a[0][0] * a[1][1] - a[0][1] * a[1][0];
        double discriminant = trace * trace - 4 * determinant;
        if (discriminant < 0) {
            throw new Unsupported("complex numbers");
        }
        // the larger-magnitude root first, the other from the product of the roots, to avoid cancellation
        double q = (trace + Math.copySign(Math.sqrt(discriminant), trace)) / 2;
        double r = q == 0 ? 0 : determinant / q;
        return new double[] {Math.max(q, r), Math.min(q, r)};
    }

    private static double[][] numbers(Value v, String name) {
        return MatrixAlgebra.numbers(Arithmetic.matrix(v, name), name);
    }

    private static double[][] square(Value v, String name) {
        double[][] a = numbers(v, name);
        if (a.length != a[0].length) {
            throw new MathError(name + ": the matrix must be square");
        }
        return a;
    }

    private static double[] vector(Value v, String name) {
        double[][] a = numbers(v, name);
        if (a[0].length != 1) {
            throw new MathError(name + ": needs a vector, this matrix has " + a[0].length + " columns");
        }
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i][0];
        }
        return out;
    }

    private static Matrix column(double[] values) {
        Value[] out = new Value[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Scalar.of(values[i]);
        }
        return Matrix.ofColumnMajor(values.length, 1, out);
    }
}
