package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * rkfixed(y, x1, x2, npoints, D): the classic fourth-order Runge-Kutta method with npoints equal steps from x1 to
 * x2 for y' = D(x, y), as a matrix whose first column holds x and the others the solution.
 */
final class FixedStepOde {
    private FixedStepOde() {
    }

    static void register(Map<String, BuiltinFunction> table) {
        Builtins.add(table, "rkfixed", 5, 5, args -> {
            double[] y = numbers(args.get(0), "rkfixed: the initial values");
            double x1 = number(args.get(1));
            double x2 = number(args.get(2));
            int steps = Arithmetic.scalar(args.get(3), "rkfixed").integer("rkfixed");
            if (steps < 1) {
                throw new MathError("rkfixed: the number of points must be at least 1");
            }
            if (!(args.get(4) instanceof FunctionValue derivative)) {
                throw new MathError("rkfixed: D must be a function");
            }
            int n = y.length;
            double h = (x2 - x1) / steps;
            double[][] out = new double[steps + 1][n + 1];
            row(out[0], x1, y);
            for (int i = 1; i <= steps; i++) {
                double x = x1 + (i - 1) * h;
                double[] k1 = call(derivative, x, y, n);
                double[] k2 = call(derivative, x + h / 2, step(y, k1, h / 2), n);
                double[] k3 = call(derivative, x + h / 2, step(y, k2, h / 2), n);
                double[] k4 = call(derivative, x + h, step(y, k3, h), n);
                double[] next = new double[n];
                for (int j = 0; j < n; j++) {
                    next[j] = y[j] + h / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
                }
                y = next;
                row(out[i], x1 + i * h, y);
            }
            return Matrix.ofRows(out);
        });
    }

    private static void row(double[] into, double x, double[] y) {
        into[0] = x;
        System.arraycopy(y, 0, into, 1, y.length);
    }

    private static double[] step(double[] y, double[] slope, double h) {
        double[] out = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            out[j] = y[j] + h * slope[j];
        }
        return out;
    }

    private static double[] call(FunctionValue derivative, double x, double[] y, int n) {
        List<Value> column = new ArrayList<>();
        for (double v : y) {
            column.add(Scalar.of(v));
        }
        double[] slope = numbers(derivative.call(List.of(Scalar.of(x), Matrix.column(column))), "rkfixed: D");
        if (slope.length != n) {
            throw new MathError("rkfixed: D must return as many values as there are initial values");
        }
        return slope;
    }

    private static double[] numbers(Value v, String where) {
        if (!(v instanceof Matrix m) || m.cols() != 1) {
            throw new Unsupported(where + " as " + v.kind() + " rather than a vector");
        }
        double[] out = new double[m.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arithmetic.scalar(m.get(i, 0), "rkfixed").number("rkfixed");
        }
        return out;
    }

    private static double number(Value v) {
        return Arithmetic.scalar(v, "rkfixed").number("rkfixed");
    }
}
