package org.primebatch.mcdx.math;

import java.util.Map;

/** dt, pt and qt: density, cumulative probability and its inverse for Student's t distribution with d > 0. */
final class StudentT {
    private StudentT() {
    }

    static void register(Map<String, BuiltinFunction> table) {
        Builtins.add(table, "dt", 2, 2, args -> Scalar.of(density(number(args.get(0), "dt"), freedom(args.get(1), "dt"))));
        Builtins.add(table, "pt", 2, 2,
                args -> Scalar.of(cumulative(number(args.get(0), "pt"), freedom(args.get(1), "pt"))));
        Builtins.add(table, "qt", 2, 2, args -> {
            double p = number(args.get(0), "qt");
            double d = freedom(args.get(1), "qt");
            if (!(p > 0 && p < 1)) {
                throw new MathError("qt: p must lie between 0 and 1");
            }
            return Scalar.of(quantile(p, d));
        });
    }

    static double density(double x, double d) {
        double logNorm = GammaFunctions.logGamma((d + 1) / 2) - GammaFunctions.logGamma(d / 2) - 0.5 * Math.log(d * Math.PI);
        return Math.exp(logNorm - (d + 1) / 2 * Math.log1p(x * x / d));
    }

    static double cumulative(double x, double d) {
        double tail = 0.5 * GammaFunctions.incompleteBeta(d / (d + x * x), d / 2, 0.5);
        return x > 0 ? 1 - tail : tail;
    }

    /** Bisection to a narrow bracket, then Newton steps on the cumulative probability. */
    static double quantile(double p, double d) {
        if (p > 0.5) {
            return -quantile(1 - p, d);
        }
        double low = -1;
        while (cumulative(low, d) > p) {
            low *= 2;
            if (low < -1e300) {
                throw new Unsupported("qt: no quantile found");
            }
        }
        double high = 0;
        for (int i = 0; i < 200 && high - low > 1e-12 * Math.max(1, Math.abs(low)); i++) {
            double mid = (low + high) / 2;
            if (cumulative(mid, d) < p) {
                low = mid;
            } else {
                high = mid;
            }
        }
        double x = (low + high) / 2;
        for (int i = 0; i < 5; i++) {
            double step = (cumulative(x, d) - p) / density(x, d);
            x -= step;
            if (Math.abs(step) <= 1e-16 * Math.abs(x)) {
                break;
            }
        }
        return x;
    }

    private static double number(Value v, String name) {
        return Arithmetic.scalar(v, name).number(name);
    }

    private static double freedom(Value v, String name) {
        double d = number(v, name);
        if (!(d > 0)) {
            throw new MathError(name + ": the degrees of freedom must be positive");
        }
        return d;
    }
}
