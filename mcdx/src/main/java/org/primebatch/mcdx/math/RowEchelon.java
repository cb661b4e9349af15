package org.primebatch.mcdx.math;

/**
 * The reduced row echelon form by Gauss-Jordan elimination with partial pivoting. A column whose candidates are all
 * exactly zero has no pivot; one whose largest candidate is merely tiny would depend on LAPACK's tolerance, so the
 * matrix is refused.
 */
final class RowEchelon {
    private static final double TINY = 1e-10;

    private RowEchelon() {
    }

    static double[][] reduce(double[][] matrix) {
        int rows = matrix.length;
        int cols = matrix[0].length;
        double[][] a = new double[rows][];
        double scale = 0;
        for (int i = 0; i < rows; i++) {
            a[i] = matrix[i].clone();
            for (double x : a[i]) {
                scale = Math.max(scale, Math.abs(x));
            }
        }
        int row = 0;
        for (int col = 0; col < cols && row < rows; col++) {
            int pivot = row;
            for (int i = row + 1; i < rows; i++) {
                if (Math.abs(a[i][col]) > Math.abs(a[pivot][col])) {
                    pivot = i;
                }
            }
            double largest = Math.abs(a[pivot][col]);
            if (largest == 0) {
                continue;
            }
            if (largest <= TINY * scale) {
                throw new Unsupported("rref of a nearly singular matrix");
            }
            double[] t = a[row];
            a[row] = a[pivot];
            a[pivot] = t;
            double p = a[row][col];
            for (int j = 0; j < cols; j++) {
                a[row][j] /= p;
            }
            a[row][col] = 1;
            for (int i = 0; i < rows; i++) {
                if (i != row && a[i][col] != 0) {
                    double f = a[i][col];
                    for (int j = 0; j < cols; j++) {
                        a[i][j] -= f * a[row][j];
                    }
                    a[i][col] = 0;
                }
            }
            row++;
        }
        return a;
    }
}
