package org.primebatch.mcdx.math;

import java.util.List;
import org.primebatch.mcdx.units.Dimension;

/**
 * An ODE's solution at equally spaced points from t0 to t1, and the function of t odesolve returns from it: between
 * the points, each component is interpolated with a natural cubic spline, Mathcad's lspline (its second derivative
 * is zero at both ends). Outside [t0, t1] the solution is undefined, as in Mathcad.
 */
final class OdeSolution {
    private final double t0;
    private final double t1;
    private final double[][] values;
    private final double[][] secondDerivatives;

    OdeSolution(double t0, double t1, double[][] values) {
        this.t0 = t0;
        this.t1 = t1;
        this.values = values;
        this.secondDerivatives = new double[values.length][];
    }

    int points() {
        return values[0].length;
    }

    int components() {
        return values.length;
    }

    /** The i-th grid point. */
    double time(int i) {
        int intervals = points() - 1;
        return i == intervals ? t1 : t0 + (t1 - t0) * i / intervals;
    }

    /** The component at the i-th grid point. */
    double value(int component, int i) {
        return values[component][i];
    }

    /** The component at t, interpolated by the natural cubic spline through the grid. */
    double at(int component, double t) {
        double lo = Math.min(t0, t1);
        double hi = Math.max(t0, t1);
        double slack = 1e-12 * (hi - lo);
        if (!(t >= lo - slack && t <= hi + slack)) {
            throw new MathError("the ODE's solution is defined from " + lo + " to " + hi + " only, not at " + t);
        }
        int intervals = points() - 1;
        double h = (t1 - t0) / intervals;
        double position = (t - t0) / h;
        int i = Math.max(0, Math.min(intervals - 1, (int) Math.floor(position)));
        double[] y = values[component];
        if (position == i) {
            return y[i];
        }
        if (position == i + 1) {
            return y[i + 1];
        }
        double[] m = splineOf(component);
        double a = i + 1 - position;
        double b = position - i;
        return a * y[i] + b * y[i + 1] + ((a * a * a - a) * m[i] + (b * b * b - b) * m[i + 1]) / 6;
    }

    /** The solution's component as a function of one argument, with units, named as the solve block names it. */
    FunctionValue function(String name, int component, Dimension t, Dimension y) {
        return new BuiltinFunction(name, 1, 1, arguments -> {
            Scalar at = Arithmetic.scalar(arguments.get(0), name);
            if (!at.dimension().equals(t) && at.si() != 0) {
                throw new MathError(name + ": the argument must have units " + t + ", it has " + at.dimension());
            }
            return new Scalar(at(component, at.si()), y);
        });
    }

    /** The functions of all components, in order. */
    List<FunctionValue> functions(List<String> names, Dimension t, List<Dimension> ys) {
        FunctionValue[] out = new FunctionValue[components()];
        for (int c = 0; c < out.length; c++) {
            out[c] = function(names.get(c), c, t, ys.get(c));
        }
        return List.of(out);
    }

    private synchronized double[] splineOf(int component) {
        if (secondDerivatives[component] == null) {
            secondDerivatives[component] = naturalSpline(values[component]);
        }
        return secondDerivatives[component];
    }

    /** Second derivatives, with respect to the grid index, of the natural spline through equally spaced y. */
    private static double[] naturalSpline(double[] y) {
        int n = y.length;
        double[] m = new double[n];
        if (n < 3) {
            return m;
        }
        // tridiagonal system m[i-1] + 4 m[i] + m[i+1] = 6 (y[i+1] - 2 y[i] + y[i-1]), m[0] = m[n-1] = 0
        double[] c = new double[n];
        double[] d = new double[n];
        for (int i = 1; i < n - 1; i++) {
            double rhs = 6 * (y[i + 1] - 2 * y[i] + y[i - 1]);
            double denominator = 4 - (i > 1 ? c[i - 1] : 0);
            c[i] = 1 / denominator;
            d[i] = (rhs - (i > 1 ? d[i - 1] : 0)) / denominator;
        }
        for (int i = n - 2; i >= 1; i--) {
            m[i] = d[i] - c[i] * m[i + 1];
        }
        return m;
    }
}
