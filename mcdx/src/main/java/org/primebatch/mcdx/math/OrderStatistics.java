package org.primebatch.mcdx.math;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * gmean, hmean, mode, percentile and Rank. percentile interpolates at the zero-based rank (n + 1)·p − 1 of the
 * sorted data; ranks outside the data and ties in Rank are refused; data without a single mode is an error.
 */
final class OrderStatistics {
    private OrderStatistics() {
    }

    static void register(Map<String, BuiltinFunction> table) {
        Builtins.add(table, "gmean", 1, Integer.MAX_VALUE, args -> {
            StatisticsFunctions.Sample s = positive(args, "gmean");
            double logs = 0;
            for (double v : s.values()) {
                logs += Math.log(v);
            }
            return new Scalar(Math.exp(logs / s.values().length), s.dimension());
        });
        Builtins.add(table, "hmean", 1, Integer.MAX_VALUE, args -> {
            StatisticsFunctions.Sample s = positive(args, "hmean");
            double reciprocals = 0;
            for (double v : s.values()) {
                reciprocals += 1 / v;
            }
            return new Scalar(s.values().length / reciprocals, s.dimension());
        });
        Builtins.add(table, "mode", 1, Integer.MAX_VALUE, args -> {
            StatisticsFunctions.Sample s = StatisticsFunctions.sample(args, "mode");
            double[] v = s.values().clone();
            Arrays.sort(v);
            double best = 0;
            int bestCount = 0;
            boolean tie = false;
            for (int i = 0; i < v.length;) {
                int j = i;
                while (j < v.length && v[j] == v[i]) {
                    j++;
                }
                if (j - i > bestCount) {
                    best = v[i];
                    bestCount = j - i;
                    tie = false;
                } else if (j - i == bestCount) {
                    tie = true;
                }
                i = j;
            }
            if (bestCount < 2) {
                throw new MathError("mode: no value occurs more frequently than any others");
            }
            if (tie) {
                throw new MathError("mode: the data is multimodal");
            }
            return new Scalar(best, s.dimension());
        });
        Builtins.add(table, "Rank", 1, 1, args -> rank(args.get(0)));
        Builtins.add(table, "percentile", 2, 2, args -> {
            StatisticsFunctions.Sample s = StatisticsFunctions.sample(List.of(args.get(0)), "percentile");
            double p = Arithmetic.scalar(args.get(1), "percentile").number("percentile");
            double[] v = s.values().clone();
            Arrays.sort(v);
            double rank = (v.length + 1) * p - 1;
            if (!(rank >= 0 && rank <= v.length - 1)) {
                throw new Unsupported("percentile outside the range of the data");
            }
            int below = (int) Math.floor(rank);
            double fraction = rank - below;
            double value = fraction == 0 ? v[below] : v[below] + fraction * (v[below + 1] - v[below]);
            return new Scalar(value, s.dimension());
        });
    }

    /** The rank of each element of a vector, 1 for the smallest, whatever ORIGIN is. */
    private static Value rank(Value v) {
        Matrix m = MatrixFunctions.vector(v, "Rank");
        StatisticsFunctions.Sample s = StatisticsFunctions.sample(List.of(m), "Rank");
        double[] sorted = s.values().clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw new Unsupported("Rank of data with ties");
            }
        }
        Value[] ranks = new Value[sorted.length];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = Scalar.of(Arrays.binarySearch(sorted, s.values()[i]) + 1);
        }
        return Matrix.column(ranks);
    }

    private static StatisticsFunctions.Sample positive(List<Value> args, String name) {
        StatisticsFunctions.Sample s = StatisticsFunctions.sample(args, name);
        for (double v : s.values()) {
            if (!(v > 0)) {
                throw new Unsupported(name + " of values that are not all positive");
            }
        }
        return s;
    }
}
