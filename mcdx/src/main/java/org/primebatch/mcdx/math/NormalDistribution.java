package org.primebatch.mcdx.math;

import java.util.List;
import java.util.Map;

/** dnorm, pnorm and qnorm: density, cumulative probability and its inverse for the normal distribution N(μ, σ). */
final class NormalDistribution {
    private static final double SQRT_TWO = Math.sqrt(2);

    private NormalDistribution() {
    }

    /** x, μ and σ in one unit; σ positive. */
    private record Arguments(double x, double mean, double deviation, Scalar scale) {
        static Arguments of(List<Value> args, String name) {
            Scalar x = Arithmetic.scalar(args.get(0), name);
            Scalar mean = Arithmetic.scalar(args.get(1), name);
            Scalar deviation = Arithmetic.scalar(args.get(2), name);
            Arithmetic.sameDimension(mean, deviation, name);
            if (!(deviation.si() > 0)) {
                throw new MathError(name + ": σ must be positive");
            }
            return new Arguments(x.si(), mean.si(), deviation.si(), deviation);
        }
    }

    static void register(Map<String, BuiltinFunction> table) {
        Builtins.add(table, "dnorm", 3, 3, args -> {
            Arguments a = Arguments.of(args, "dnorm");
            Arithmetic.sameDimension(Arithmetic.scalar(args.get(0), "dnorm"), a.scale(), "dnorm");
            double z = (a.x() - a.mean()) / a.deviation();
            return new Scalar(Math.exp(-z * z / 2) / (a.deviation() * Math.sqrt(2 * Math.PI)),
                    a.scale().dimension().pow(-1));
        });
        Builtins.add(table, "pnorm", 3, 3, args -> {
            Arguments a = Arguments.of(args, "pnorm");
            Arithmetic.sameDimension(Arithmetic.scalar(args.get(0), "pnorm"), a.scale(), "pnorm");
            return Scalar.of(cumulative((a.x() - a.mean()) / a.deviation()));
        });
        Builtins.add(table, "qnorm", 3, 3, args -> {
            Arguments a = Arguments.of(args, "qnorm");
            double p = Arithmetic.scalar(args.get(0), "qnorm").number("qnorm");
            if (!(p > 0 && p < 1)) {
                throw new MathError("qnorm: p must lie between 0 and 1");
            }
            return new Scalar(a.mean() + a.deviation() * quantile(p), a.scale().dimension());
        });
    }

    static double cumulative(double z) {
        return 0.5 * ErrorFunction.erfc(-z / SQRT_TWO);
    }

    /** The standard normal quantile: bisection to a bracket, then Newton steps on the cumulative probability. */
    static double quantile(double p) {
        double low = -40;
        double high = 40;
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (cumulative(mid) < p) {
                low = mid;
            } else {
                high = mid;
            }
        }
        double z = (low + high) / 2;
        for (int i = 0; i < 5; i++) {
            double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
            if (density == 0) {
                break;
            }
            double step = (cumulative(z) - p) / density;
            z -= step;
            if (Math.abs(step) <= 1e-16 * Math.abs(z)) {
                break;
            }
        }
        return z;
    }
}
