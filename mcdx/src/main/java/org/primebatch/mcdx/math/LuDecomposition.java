package org.primebatch.mcdx.math;

/**
 * LU factorisation with partial pivoting in LAPACK's unblocked order (dgetf2: the column below the pivot is scaled by
 * the pivot's reciprocal, then a rank-one update), and the solve that follows it (dgetrs), so that results agree with
 * Mathcad's to the last digits as far as possible.
 */
final class LuDecomposition {
    private final double[][] lu;
    private final int[] pivots;

    private LuDecomposition(double[][] lu, int[] pivots) {
        this.lu = lu;
        this.pivots = pivots;
    }

    /** Factors a square matrix; a zero pivot (an exactly singular matrix) is reported as a math error. */
    static LuDecomposition of(double[][] a, String where) {
        int n = a.length;
        double[][] lu = new double[n][];
        for (int i = 0; i < n; i++) {
            lu[i] = a[i].clone();
        }
        int[] pivots = new int[n];
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(lu[i][k]) > Math.abs(lu[p][k])) {
                    p = i;
                }
            }
            pivots[k] = p;
            if (lu[p][k] == 0) {
                throw new MathError(where + ": the matrix is singular");
            }
            double[] t = lu[k];
            lu[k] = lu[p];
            lu[p] = t;
            double reciprocal = 1 / lu[k][k];
            for (int i = k + 1; i < n; i++) {
                lu[i][k] *= reciprocal;
            }
            for (int j = k + 1; j < n; j++) {
                double u = lu[k][j];
                if (u != 0) {
                    for (int i = k + 1; i < n; i++) {
                        lu[i][j] -= lu[i][k] * u;
                    }
                }
            }
        }
        return new LuDecomposition(lu, pivots);
    }

    /** The solution x of A·x = b. */
    double[] solve(double[] b) {
        int n = lu.length;
        double[] x = b.clone();
        for (int k = 0; k < n; k++) {
            double t = x[k];
            x[k] = x[pivots[k]];
            x[pivots[k]] = t;
        }
        for (int j = 0; j < n; j++) {
            if (x[j] != 0) {
                for (int i = j + 1; i < n; i++) {
                    x[i] -= x[j] * lu[i][j];
                }
            }
        }
        for (int j = n - 1; j >= 0; j--) {
            if (x[j] != 0) {
                x[j] /= lu[j][j];
                for (int i = 0; i < j; i++) {
                    x[i] -= x[j] * lu[i][j];
                }
            }
        }
        return x;
    }
}
