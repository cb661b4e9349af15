package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.List;
import org.primebatch.mcdx.units.Dimension;

/**
 * Adaptive integration of y' = f(t, y) for {@code odesolve}/{@code Odesolve} and {@code Rkadapt}. Mathcad's default
 * for odesolve is Adams/BDF (switching to BDF when the system is stiff), controlled by TOL, and it keeps the solution
 * at intvls + 1 equally spaced points (1000 intervals by default) between which it interpolates with lspline;
 * Rkadapt is its adaptive Runge–Kutta method, returning npoints + 1 equally spaced rows. Here the Dormand–Prince 5(4)
 * pair steps from grid point to grid point with a relative error of 10⁻¹² per step, far inside any TOL, so the
 * grid values are those of the exact solution to well within Mathcad's own error. A system that needs more than
 * 200,000 steps is stiff for an explicit method and is refused (Mathcad would switch to BDF).
 */
final class AdaptiveOde {
    /** The right-hand side f(t, y) of y' = f(t, y), on SI numbers. */
    @FunctionalInterface
    interface OdeSystem {
        double[] derivative(double t, double[] y);
    }

    static final int DEFAULT_INTERVALS = 1000;
    private static final double RELATIVE = 1e-12;
    private static final int MAX_STEPS = 200_000;

    private static final double C2 = 1 / 5.0;
    private static final double C3 = 3 / 10.0;
    private static final double C4 = 4 / 5.0;
    private static final double C5 = 8 / 9.0;
    private static final double A21 = 1 / 5.0;
    private static final double A31 = 3 / 40.0;
    private static final double A32 = 9 / 40.0;
    private static final double A41 = 44 / 45.0;
    private static final double A42 = -56 / 15.0;
    private static final double A43 = 32 / 9.0;
    private static final double A51 = 19372 / 6561.0;
    private static final double A52 = -25360 / 2187.0;
    private static final double A53 = 64448 / 6561.0;
    private static final double A54 = -212 / 729.0;
    private static final double A61 = 9017 / 3168.0;
    private static final double A62 = -355 / 33.0;
    private static final double A63 = 46732 / 5247.0;
    private static final double A64 = 49 / 176.0;
    private static final double A65 = -5103 / 18656.0;
    private static final double B1 = 35 / 384.0;
    private static final double B3 = 500 / 1113.0;
    private static final double B4 = 125 / 192.0;
    private static final double B5 = -2187 / 6784.0;
    private static final double B6 = 11 / 84.0;
    private static final double E1 = 71 / 57600.0;
    private static final double E3 = -71 / 16695.0;
    private static final double E4 = 71 / 1920.0;
    private static final double E5 = -17253 / 339200.0;
    private static final double E6 = 22 / 525.0;
    private static final double E7 = -1 / 40.0;

    private AdaptiveOde() {
    }

    /** The solution at {@code intervals + 1} equally spaced points from t0 to t1 (t1 may lie before t0). */
    static OdeSolution solve(OdeSystem system, double t0, double[] y0, double t1, int intervals) {
        if (intervals < 1) {
            throw new MathError("the number of intervals must be at least 1");
        }
        if (!(t1 != t0) || !Double.isFinite(t0) || !Double.isFinite(t1)) {
            throw new MathError("the ODE's interval must have two different finite ends");
        }
        int n = y0.length;
        double[][] values = new double[n][intervals + 1];
        double[] y = y0.clone();
        for (int c = 0; c < n; c++) {
            if (!Double.isFinite(y[c])) {
                throw new MathError("the ODE's initial values must be finite");
            }
            values[c][0] = y[c];
        }
        double[] largest = new double[n];
        for (int c = 0; c < n; c++) {
            largest[c] = Math.abs(y[c]);
        }
        double[] k1 = slope(system, t0, y, n);
        double t = t0;
        double h = initialStep(y, k1, largest, (t1 - t0) / intervals);
        int steps = 0;
        for (int i = 1; i <= intervals; i++) {
            double target = i == intervals ? t1 : t0 + (t1 - t0) * i / intervals;
            while (t != target) {
                if (++steps > MAX_STEPS) {
                    throw new Unsupported("the ODE needs too many steps for an explicit method (a stiff system?)");
                }
                boolean last = Math.abs(h) >= Math.abs(target - t);
                double step = last ? target - t : h;
                double[][] stage = stages(system, t, y, k1, step, n);
                double[] next = stage[0];
                double[] k7 = stage[1];
                double error = 0;
                for (int c = 0; c < n; c++) {
                    double e = step * (E1 * k1[c] + E3 * stage[3][c] + E4 * stage[4][c] + E5 * stage[5][c]
                            + E6 * stage[6][c] + E7 * k7[c]);
                    double scale = RELATIVE * Math.max(Math.max(Math.abs(y[c]), Math.abs(next[c])), largest[c]);
                    double ratio = scale > 0 ? e / scale : (e == 0 ? 0 : Double.POSITIVE_INFINITY);
                    error += ratio * ratio;
                }
                error = Math.sqrt(error / n);
                if (!Double.isFinite(error) && Math.abs(step) <= Math.ulp(t) * 4) {
                    throw new MathError("the ODE's solution is not finite near t = " + t);
                }
                if (error <= 1) {
                    t = last ? target : t + step;
                    y = next;
                    k1 = k7;
                    for (int c = 0; c < n; c++) {
                        largest[c] = Math.max(largest[c], Math.abs(y[c]));
                    }
                }
                double factor = error == 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * Math.pow(error, -0.2)));
                if (!(error <= 1) || !last) {
                    h = step * (Double.isFinite(factor) ? factor : 0.2);
                }
                if (Math.abs(h) <= Math.ulp(Math.abs(t)) * 4 || h == 0) {
                    throw new Unsupported("the ODE's step size became too small near t = " + t);
                }
            }
            for (int c = 0; c < n; c++) {
                values[c][i] = y[c];
            }
        }
        return new OdeSolution(t0, t1, values);
    }

    /** {y(t+h), k7 = f(t+h, y(t+h)), k2, k3, k4, k5, k6}. */
    private static double[][] stages(OdeSystem system, double t, double[] y, double[] k1, double h, int n) {
        double[] w = new double[n];
        for (int c = 0; c < n; c++) {
            w[c] = y[c] + h * A21 * k1[c];
        }
        double[] k2 = slope(system, t + C2 * h, w, n);
        for (int c = 0; c < n; c++) {
            w[c] = y[c] + h * (A31 * k1[c] + A32 * k2[c]);
        }
        double[] k3 = slope(system, t + C3 * h, w, n);
        for (int c = 0; c < n; c++) {
            w[c] = y[c] + h * (A41 * k1[c] + A42 * k2[c] + A43 * k3[c]);
        }
        double[] k4 = slope(system, t + C4 * h, w, n);
        for (int c = 0; c < n; c++) {
            w[c] = y[c] + h * (A51 * k1[c] + A52 * k2[c] + A53 * k3[c] + A54 * k4[c]);
        }
        double[] k5 = slope(system, t + C5 * h, w, n);
        for (int c = 0; c < n; c++) {
            w[c] = y[c] + h * (A61 * k1[c] + A62 * k2[c] + A63 * k3[c] + A64 * k4[c] + A65 * k5[c]);
        }
        double[] k6 = slope(system, t + h, w, n);
        double[] next = new double[n];
        for (int c = 0; c < n; c++) {
            next[c] = y[c] + h * (B1 * k1[c] + B3 * k3[c] + B4 * k4[c] + B5 * k5[c] + B6 * k6[c]);
        }
        double[] k7 = slope(system, t + h, next, n);
        return new double[][] {next, k7, k2, k3, k4, k5, k6};
    }

    private static double[] slope(OdeSystem system, double t, double[] y, int n) {
        double[] d = system.derivative(t, y);
        if (d.length != n) {
            throw new MathError("the ODE's derivatives must be as many as its unknowns (" + n + "), not " + d.length);
        }
        return d;
    }

    /** A first step whose Euler increment is about 1% of the solution's size, at most one grid interval. */
    private static double initialStep(double[] y, double[] slope, double[] largest, double interval) {
        double ySize = 0;
        double slopeSize = 0;
        for (int c = 0; c < y.length; c++) {
            ySize = Math.max(ySize, Math.max(Math.abs(y[c]), largest[c]));
            slopeSize = Math.max(slopeSize, Math.abs(slope[c]));
        }
        double h = ySize > 0 && slopeSize > 0 ? 0.01 * ySize / slopeSize : Math.abs(interval) * 1e-3;
        return Math.copySign(Math.min(h, Math.abs(interval)), interval);
    }

    /**
     * Rkadapt(y, x1, x2, npoints, D): the solution of y' = D(x, y) at npoints + 1 equally spaced x from x1 to x2, as
     * a matrix whose first column holds x and the others y. Values may carry units: D must return y's units over
     * x's.
     */
    static Matrix rkadapt(List<Value> arguments) {
        if (arguments.size() != 5) {
            throw new MathError("Rkadapt takes 5 arguments, not " + arguments.size());
        }
        Matrix initial = Arithmetic.matrix(arguments.get(0), "Rkadapt");
        if (initial.cols() != 1) {
            throw new MathError("Rkadapt: the initial values must be a vector");
        }
        Scalar x1 = Arithmetic.scalar(arguments.get(1), "Rkadapt");
        Scalar x2 = Arithmetic.scalar(arguments.get(2), "Rkadapt");
        if (!x1.dimension().equals(x2.dimension())) {
            throw new MathError("Rkadapt: the units of x1 and x2 do not match");
        }
        int points = Arithmetic.scalar(arguments.get(3), "Rkadapt").integer("Rkadapt");
        if (!(arguments.get(4) instanceof FunctionValue derivative)) {
            throw new MathError("Rkadapt: D must be a function");
        }
        int n = initial.rows();
        Dimension x = x1.dimension();
        Dimension[] dimensions = new Dimension[n];
        double[] y0 = new double[n];
        for (int c = 0; c < n; c++) {
            Scalar s = Arithmetic.scalar(initial.get(c, 0), "Rkadapt");
            dimensions[c] = s.dimension();
            y0[c] = s.si();
        }
        OdeSystem system = (t, y) -> {
            List<Value> column = new ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                column.add(new Scalar(y[c], dimensions[c]));
            }
            Value result = derivative.call(List.of(new Scalar(t, x), Matrix.column(column)));
            Matrix slopes = Arithmetic.matrix(result, "Rkadapt: D");
            if (slopes.cols() != 1 || slopes.rows() != n) {
                throw new MathError("Rkadapt: D must return a vector as long as the initial values");
            }
            double[] d = new double[n];
            for (int c = 0; c < n; c++) {
                Scalar s = Arithmetic.scalar(slopes.get(c, 0), "Rkadapt: D");
                if (!s.dimension().equals(dimensions[c].over(x)) && s.si() != 0) {
                    throw new MathError("Rkadapt: D's element " + c + " must have the units of y over those of x");
                }
                d[c] = s.si();
            }
            return d;
        };
        OdeSolution solution = solve(system, x1.si(), y0, x2.si(), points);
        Value[] out = new Value[(points + 1) * (n + 1)];
        int rows = points + 1;
        for (int i = 0; i < rows; i++) {
            out[i] = new Scalar(solution.time(i), x);
            for (int c = 0; c < n; c++) {
                out[(c + 1) * rows + i] = new Scalar(solution.value(c, i), dimensions[c]);
            }
        }
        return Matrix.ofColumnMajor(rows, n + 1, out);
    }
}
