package org.primebatch.mcdx.math;

/**
 * The numerical derivative {@code dⁿ/dxⁿ f(x)} at a point, n from 0 to 5 as in Mathcad. Mathcad uses a variation on
 * Ridders' method: (n + 1)-point divided differences over a sequence of step sizes, extrapolated to a zero step; it
 * documents 7 to 8 significant digits for the first derivative and about one fewer for each further order. Here the
 * central difference of order n is extrapolated in h² by Neville's tableau (Ridders), from a few starting steps
 * (a tenth, a hundredth and a thousandth of |x|, or of 1 at x = 0), keeping the estimate with the smallest
 * error. The result has the units of f divided by those of x to the n-th power.
 */
final class Differentiation {
    private static final double SHRINK = 1.4;
    private static final double SHRINK2 = SHRINK * SHRINK;
    private static final int TABLEAU = 10;
    private static final double SAFE = 2;
    private static final double[] FIRST_STEPS = {0.1, 0.01, 0.001};

    private Differentiation() {
    }

    static Scalar derivative(ScalarFunction f, Scalar at, int order) {
        if (order < 0 || order > 5) {
            throw new MathError("the order of a numerical derivative must be an integer from 0 to 5");
        }
        RealFunction g = new RealFunction(f, at.dimension(), "d/dx");
        double x = at.si();
        if (order == 0) {
            double value = g.at(x);
            return new Scalar(value, g.resultDimension());
        }
        double scale = x != 0 ? Math.abs(x) : 1;
        double best = Double.NaN;
        double bestError = Double.POSITIVE_INFINITY;
        RuntimeException failure = null;
        for (double first : FIRST_STEPS) {
            try {
                double[] estimate = ridders(g, x, order, first * scale);
                if (estimate[1] < bestError) {
                    best = estimate[0];
                    bestError = estimate[1];
                }
            } catch (MathError | Unsupported e) {
            EvaluationBudget.rethrowIfExhausted(e);
                failure = e;
            }
        }
        if (Double.isNaN(best)) {
            throw new Unsupported("d/dx: the function is undefined near the point"
                    + (failure != null ? " (" + failure.getMessage() + ")" : ""));
        }
        return new Scalar(best, g.resultDimension().over(at.dimension().pow(order)));
    }

    /** {estimate, error estimate} by Ridders' extrapolation from the step h. */
    private static double[] ridders(RealFunction g, double x, int order, double h) {
        double[][] a = new double[TABLEAU][TABLEAU];
        a[0][0] = centralDifference(g, x, order, h);
        double answer = a[0][0];
        double error = Double.POSITIVE_INFINITY;
        for (int i = 1; i < TABLEAU; i++) {
            h /= SHRINK;
            a[0][i] = centralDifference(g, x, order, h);
            double factor = SHRINK2;
            for (int j = 1; j <= i; j++) {
                a[j][i] = (a[j - 1][i] * factor - a[j - 1][i - 1]) / (factor - 1);
                factor *= SHRINK2;
                double e = Math.max(Math.abs(a[j][i] - a[j - 1][i]), Math.abs(a[j][i] - a[j - 1][i - 1]));
                if (e <= error) {
                    error = e;
                    answer = a[j][i];
                }
            }
            if (Math.abs(a[i][i] - a[i - 1][i - 1]) >= SAFE * error) {
                break;
            }
        }
        if (!Double.isFinite(answer)) {
            throw new Unsupported("d/dx: the difference quotients are not finite");
        }
        return new double[] {answer, error};
    }

    /** Σₖ (−1)ᵏ C(n, k) f(x + (n/2 − k)·h) / hⁿ, whose error is a series in h². */
    private static double centralDifference(RealFunction g, double x, int order, double h) {
        double sum = 0;
        double binomial = 1;
        for (int k = 0; k <= order; k++) {
            double fx = g.at(x + (order / 2.0 - k) * h);
            sum += (k % 2 == 0 ? binomial : -binomial) * fx;
            binomial = binomial * (order - k) / (k + 1);
        }
        return sum / Math.pow(h, order);
    }
}
