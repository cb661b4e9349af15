package org.primebatch.mcdx.math;

import java.util.function.DoubleUnaryOperator;

/**
 * odesolve's differential equation solved for its highest derivative. Mathcad requires the highest derivative to
 * appear linearly; given the equation's residual (left side minus right side) as a function of the value taken for
 * that derivative, with t and the lower derivatives fixed, the derivative is the residual's zero. A residual that
 * is not linear in it is refused.
 */
final class HighestDerivative {
    private HighestDerivative() {
    }

    static double solve(DoubleUnaryOperator residual) {
        double r0 = residual.applyAsDouble(0);
        double r1 = residual.applyAsDouble(1);
        double slope = r1 - r0;
        if (slope == 0 || !Double.isFinite(slope)) {
            throw new MathError("odesolve: the equation does not depend on its highest derivative");
        }
        double solution = -r0 / slope;
        double check = residual.applyAsDouble(solution);
        double scale = Math.max(Math.abs(r0), Math.abs(r1));
        if (!(Math.abs(check) <= 1e-9 * scale) || !linear(residual, r0, slope, scale)) {
            throw new Unsupported("odesolve: the highest derivative does not appear linearly");
        }
        return solution;
    }

    private static boolean linear(DoubleUnaryOperator residual, double r0, double slope, double scale) {
        double r2 = residual.applyAsDouble(-2);
        return Math.abs(r2 - (r0 - 2 * slope)) <= 1e-9 * Math.max(scale, Math.abs(r2));
    }
}
