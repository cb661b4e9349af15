package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primebatch.mcdx.units.Dimension;

/** max, min, mean, median, stdev, Stdev, var and Var over any mix of numbers and arrays. */
final class StatisticsFunctions {
    private StatisticsFunctions() {
    }

    /** All numbers of the arguments, which must share one dimension. */
    record Sample(double[] values, Dimension dimension) {
    }

    static void register(Map<String, BuiltinFunction> table) {
        Builtins.add(table, "max", 1, Integer.MAX_VALUE, args -> {
            Sample s = sample(args, "max");
            return new Scalar(Arrays.stream(s.values()).max().orElseThrow(), s.dimension());
        });
        Builtins.add(table, "min", 1, Integer.MAX_VALUE, args -> {
            Sample s = sample(args, "min");
            return new Scalar(Arrays.stream(s.values()).min().orElseThrow(), s.dimension());
        });
        Builtins.add(table, "mean", 1, Integer.MAX_VALUE, args -> {
            Sample s = sample(args, "mean");
            return new Scalar(mean(s.values()), s.dimension());
        });
        Builtins.add(table, "median", 1, Integer.MAX_VALUE, args -> {
            Sample s = sample(args, "median");
            double[] v = s.values().clone();
            Arrays.sort(v);
            int n = v.length;
            return new Scalar(n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2, s.dimension());
        });
        variance(table, "var", false, false);
        variance(table, "Var", true, false);
        variance(table, "stdev", false, true);
        variance(table, "Stdev", true, true);
    }

    private static void variance(Map<String, BuiltinFunction> table, String name, boolean sample, boolean root) {
        Builtins.add(table, name, 1, Integer.MAX_VALUE, args -> {
            Sample s = sample(args, name);
            double[] v = s.values();
            int n = v.length;
            if (sample && n < 2) {
                throw new MathError(name + ": needs at least two values");
            }
            double m = mean(v);
            double squares = 0;
            for (double x : v) {
                squares += (x - m) * (x - m);
            }
            double variance = squares / (sample ? n - 1 : n);
            return root ? new Scalar(Math.sqrt(variance), s.dimension())
                    : new Scalar(variance, s.dimension().pow(2));
        });
    }

    static double mean(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total / values.length;
    }

    static Sample sample(List<Value> args, String name) {
        List<Scalar> numbers = new ArrayList<>();
        for (Value arg : args) {
            collect(arg, numbers, name);
        }
        // a zero carries no unit in Mathcad: it fits among numbers of any unit
        Scalar first = numbers.stream().filter(n -> !(n.si() == 0 && n.isDimensionless())).findFirst()
                .orElse(numbers.get(0));
        double[] values = new double[numbers.size()];
        for (int i = 0; i < values.length; i++) {
            Scalar n = numbers.get(i);
            if (!(n.si() == 0 && n.isDimensionless())) {
                Arithmetic.sameDimension(first, n, name);
            }
            values[i] = n.si();
        }
        return new Sample(values, first.dimension());
    }

    private static void collect(Value v, List<Scalar> into, String name) {
        if (v instanceof Scalar s) {
            into.add(s);
        } else if (v instanceof Matrix m) {
            for (Value e : m.elements()) {
                if (e instanceof Matrix) {
                    throw new Unsupported(name + " of nested arrays");
                }
                collect(e, into, name);
            }
        } else {
            throw new Unsupported(name + " of " + v.kind());
        }
    }
}
