package org.primebatch.mcdx.math;

import java.util.Arrays;

/** Eigenvalues of a real symmetric matrix by cyclic Jacobi rotations, largest first. */
final class SymmetricEigenvalues {
    private static final int MAX_SWEEPS = 100;
    private static final double NEGLIGIBLE = 1e-20;

    private SymmetricEigenvalues() {
    }

    static boolean isSymmetric(double[][] a) {
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != a.length) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (a[i][j] != a[j][i]) {
                    return false;
                }
            }
        }
        return true;
    }

    static double[] of(double[][] symmetric) {
        int n = symmetric.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = symmetric[i].clone();
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off == 0) {
                return descending(a);
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(a, p, q);
                }
            }
        }
        throw new Unsupported("eigenvalues: Jacobi rotations did not converge");
    }

    private static void rotate(double[][] a, int p, int q) {
        double apq = a[p][q];
        if (Math.abs(apq) <= NEGLIGIBLE * (Math.abs(a[p][p]) + Math.abs(a[q][q]))) {
            // an off-diagonal element this small moves the eigenvalues by far less than their rounding
            a[p][q] = 0;
            a[q][p] = 0;
            return;
        }
        double theta = (a[q][q] - a[p][p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        if (Double.isInfinite(theta * theta)) {
            t = 1 / (2 * theta);
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = a.length;
        for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        a[p][q] = 0;
        a[q][p] = 0;
    }

    private static double[] descending(double[][] a) {
        double[] values = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            values[i] = -a[i][i];
        }
        Arrays.sort(values);
        for (int i = 0; i < values.length; i++) {
            values[i] = -values[i];
        }
        return values;
    }
}
