package org.primebatch.mcdx.math;

/** Powers, inverses and determinants of square matrices of plain numbers. */
final class MatrixAlgebra {
    private MatrixAlgebra() {
    }

    static Matrix identity(int n) {
        Value[] out = new Value[n * n];
        for (int i = 0; i < out.length; i++) {
            out[i] = i % (n + 1) == 0 ? Scalar.ONE : Scalar.ZERO;
        }
        return Matrix.ofColumnMajor(n, n, out);
    }

    static Matrix power(Matrix m, int n) {
        if (m.rows() != m.cols()) {
            throw new MathError("^: the matrix must be square");
        }
        if (n < 0) {
            return power(inverse(m), -n);
        }
        Matrix result = identity(m.rows());
        for (int i = 0; i < n; i++) {
            result = Arithmetic.product(result, m);
        }
        return result;
    }

    /** The elements as plain numbers, row by row; matrices with units are refused. */
    static double[][] numbers(Matrix m, String where) {
        double[][] a = new double[m.rows()][m.cols()];
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                Scalar s = Arithmetic.scalar(m.get(i, j), where);
                if (!s.isDimensionless()) {
                    throw new Unsupported(where + " of a matrix with units");
                }
                a[i][j] = s.si();
            }
        }
        return a;
    }

    static Matrix inverse(Matrix m) {
        if (m.rows() != m.cols()) {
            throw new MathError("inverse: the matrix must be square");
        }
        int n = m.rows();
        double[][] a = numbers(m, "inverse");
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            inv[i][i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (a[pivot][col] == 0) {
                throw new MathError("inverse: the matrix is singular");
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            t = inv[col];
            inv[col] = inv[pivot];
            inv[pivot] = t;
            double p = a[col][col];
            for (int j = 0; j < n; j++) {
                a[col][j] /= p;
                inv[col][j] /= p;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col];
                    for (int j = 0; j < n; j++) {
                        a[r][j] -= f * a[col][j];
                        inv[r][j] -= f * inv[col][j];
                    }
                }
            }
        }
        return Matrix.ofRows(inv);
    }

    static Scalar determinant(Matrix m) {
        if (m.rows() != m.cols()) {
            throw new MathError("determinant: the matrix must be square");
        }
        int n = m.rows();
        double[][] a = numbers(m, "determinant");
        double det = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (a[pivot][col] == 0) {
                return Scalar.ZERO;
            }
            if (pivot != col) {
                double[] t = a[col];
                a[col] = a[pivot];
                a[pivot] = t;
                det = -det;
            }
            det *= a[col][col];
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int j = col; j < n; j++) {
                    a[r][j] -= f * a[col][j];
                }
            }
        }
        return Scalar.of(det);
    }
}
