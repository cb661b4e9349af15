package org.primebatch.mcdx.math;

import java.util.List;
import java.util.Map;

/** linterp: linear interpolation in ascending data, extrapolating along the first or last two points. */
final class InterpolationFunctions {
    private InterpolationFunctions() {
    }

    static void register(Map<String, BuiltinFunction> table) {
        Builtins.add(table, "linterp", 3, 3, args -> {
            StatisticsFunctions.Sample xs = data(args.get(0));
            StatisticsFunctions.Sample ys = data(args.get(1));
            Scalar at = Arithmetic.scalar(args.get(2), "linterp");
            double[] vx = xs.values();
            double[] vy = ys.values();
            if (vx.length != vy.length || vx.length < 2) {
                throw new MathError("linterp: the vectors must have the same number of elements, at least two");
            }
            if (!at.dimension().equals(xs.dimension()) && at.si() != 0) {
                throw new MathError("linterp: x must have the units of vx");
            }
            for (int i = 1; i < vx.length; i++) {
                if (!(vx[i] > vx[i - 1])) {
                    throw new Unsupported("linterp of vx not strictly ascending");
                }
            }
            double x = at.si();
            int upper = 1;
            while (upper < vx.length - 1 && x > vx[upper]) {
                upper++;
            }
            int lower = upper - 1;
            double value = x == vx[upper] ? vy[upper] : x == vx[lower] ? vy[lower]
                    : vy[lower] + (x - vx[lower]) * (vy[upper] - vy[lower]) / (vx[upper] - vx[lower]);
            return new Scalar(value, ys.dimension());
        });
    }

    private static StatisticsFunctions.Sample data(Value v) {
        return StatisticsFunctions.sample(List.of(MatrixFunctions.vector(v, "linterp")), "linterp");
    }
}
