package org.primebatch.mcdx.math;

/**
 * The Levenberg–Marquardt method on SI numbers: minimises ½‖r(x)‖² from a starting point, with a central-difference
 * Jacobian and Marquardt's scaling of the damping by the diagonal of JᵀJ. It stops when a step changes x by less
 * than 10⁻¹² of its size (Mathcad's solver accuracy), when the residuals vanish, or when no damping reduces them.
 */
final class LevenbergMarquardt {
    /** The residuals at a point; may throw where the point lies outside the functions' domain. */
    interface Residuals {
        double[] at(double[] x);
    }

    /**
     * Where the iteration ended. {@code determined} says whether the residuals' Jacobian there has full column rank:
     * when it has not, some unknowns are not determined by the constraints, and the point depends on the path.
     */
    record Result(double[] x, double[] residuals, boolean determined) {
        double sumOfSquares() {
            double s = 0;
            for (double r : residuals) {
                s += r * r;
            }
            return s;
        }
    }

    static final double ACCURACY = 1e-12;
    private static final int MAX_ITERATIONS = 500;
    private static final double CBRT_EPS = Math.cbrt(Math.ulp(1.0));
    private static final double RANK_TOLERANCE = 1e-6;

    private LevenbergMarquardt() {
    }

    static Result minimize(Residuals f, double[] start) {
        int n = start.length;
        double[] x = start.clone();
        double[] r = f.at(x);
        double cost = sumOfSquares(r);
        double lambda = 1e-3;
        for (int iteration = 0; iteration < MAX_ITERATIONS && cost > 0; iteration++) {
            double[][] j = jacobian(f, x, r, start);
            double[][] a = new double[n][n];
            double[] g = new double[n];
            normalEquations(j, r, a, g);
            boolean stepped = false;
            boolean small = false;
            while (lambda <= 1e16) {
                double[] delta = dampedStep(a, g, lambda);
                double[] next = new double[n];
                double change = 0;
                double size = 0;
                for (int k = 0; k < n; k++) {
                    next[k] = x[k] + delta[k];
                    change += delta[k] * delta[k];
                    size += x[k] * x[k];
                }
                double[] rn = tryAt(f, next);
                double cn = rn == null ? Double.POSITIVE_INFINITY : sumOfSquares(rn);
                if (cn < cost || cn <= cost * (1 + 1e-14) && gradientShrinks(f, next, rn, start, g)) {
                    small = Math.sqrt(change) <= ACCURACY * Math.sqrt(size) || cost - cn <= 1e-24 * cost;
                    x = next;
                    r = rn;
                    cost = cn;
                    lambda = Math.max(lambda / 10, 1e-12);
                    stepped = true;
                    break;
                }
                if (Math.sqrt(change) <= ACCURACY * Math.sqrt(size)) {
                    break;
                }
                lambda *= 10;
            }
            if (!stepped || small) {
                break;
            }
        }
        return new Result(x, r, fullColumnRank(jacobian(f, x, r, start)));
    }

    /**
     * Near a minimum with non-zero residuals the sum of squares stops changing beyond rounding well before x stops
     * moving; there a step is still progress when the gradient JᵀR shrinks.
     */
    private static boolean gradientShrinks(Residuals f, double[] next, double[] rn, double[] start, double[] g) {
        double[][] j = jacobian(f, next, rn, start);
        double[] gn = new double[g.length];
        normalEquations(j, rn, new double[g.length][g.length], gn);
        return norm(gn) < norm(g);
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static double[] tryAt(Residuals f, double[] x) {
        try {
            double[] r = f.at(x);
            for (double v : r) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
            return r;
        } catch (MathError | Unsupported e) {
            EvaluationBudget.rethrowIfExhausted(e);
            return null;
        }
    }

    /** Central differences (error ~ ε^(2/3)); one-sided where the function is undefined on one side. */
    private static double[][] jacobian(Residuals f, double[] x, double[] r, double[] start) {
        int n = x.length;
        double[][] j = new double[r.length][n];
        for (int k = 0; k < n; k++) {
            double scale = Math.max(Math.abs(x[k]), Math.abs(start[k]));
            double h = CBRT_EPS * (scale > 0 ? scale : 1);
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[k] += h;
            minus[k] -= h;
            double[] rp = tryAt(f, plus);
            double[] rm = tryAt(f, minus);
            double[] high = rp != null ? rp : r;
            double[] low = rm != null ? rm : r;
            double width = (rp != null ? plus[k] : x[k]) - (rm != null ? minus[k] : x[k]);
            if (rp == null && rm == null) {
                throw new MathError("the solve block's functions are undefined around its current point");
            }
            for (int i = 0; i < r.length; i++) {
                j[i][k] = (high[i] - low[i]) / width;
            }
        }
        return j;
    }

    private static void normalEquations(double[][] j, double[] r, double[][] a, double[] g) {
        int n = g.length;
        for (double[] row : j) {
            for (int p = 0; p < n; p++) {
                if (row[p] == 0) {
                    continue;
                }
                for (int q = 0; q < n; q++) {
                    a[p][q] += row[p] * row[q];
                }
            }
        }
        for (int i = 0; i < j.length; i++) {
            for (int p = 0; p < n; p++) {
                g[p] += j[i][p] * r[i];
            }
        }
    }

    /** Solves (A + λ·diag(A))·δ = −g; a zero diagonal element is damped as if it were 1. */
    private static double[] dampedStep(double[][] a, double[] g, double lambda) {
        int n = g.length;
        double[][] m = new double[n][];
        double[] rhs = new double[n];
        for (int p = 0; p < n; p++) {
            m[p] = a[p].clone();
            double d = a[p][p];
            m[p][p] += lambda * (d > 0 ? d : 1);
            rhs[p] = -g[p];
        }
        try {
            return LuDecomposition.of(m, "find").solve(rhs);
        } catch (MathError singular) {
            return new double[n];
        }
    }

    /** Whether the columns of J, each scaled to unit length, are independent (modified Gram–Schmidt). */
    static boolean fullColumnRank(double[][] j) {
        int m = j.length;
        int n = m == 0 ? 0 : j[0].length;
        if (m < n) {
            return false;
        }
        double[][] columns = new double[n][m];
        for (int k = 0; k < n; k++) {
            double norm = 0;
            for (int i = 0; i < m; i++) {
                columns[k][i] = j[i][k];
                norm += j[i][k] * j[i][k];
            }
            norm = Math.sqrt(norm);
            if (norm == 0 || !Double.isFinite(norm)) {
                return false;
            }
            for (int i = 0; i < m; i++) {
                columns[k][i] /= norm;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int p = 0; p < k; p++) {
                double dot = 0;
                for (int i = 0; i < m; i++) {
                    dot += columns[p][i] * columns[k][i];
                }
                for (int i = 0; i < m; i++) {
                    columns[k][i] -= dot * columns[p][i];
                }
            }
            double norm = 0;
            for (int i = 0; i < m; i++) {
                norm += columns[k][i] * columns[k][i];
            }
            norm = Math.sqrt(norm);
            if (norm <= RANK_TOLERANCE) {
                return false;
            }
            for (int i = 0; i < m; i++) {
                columns[k][i] /= norm;
            }
        }
        return true;
    }

    private static double sumOfSquares(double[] r) {
        double s = 0;
        for (double v : r) {
            s += v * v;
        }
        return s;
    }
}
