package org.primebatch.mcdx.math;

import java.util.Map;

/** linspace and logspace: npts values from min to max, equally spaced or equally spaced in their logarithms. */
final class SpacedVectors {
    private SpacedVectors() {
    }

    static void register(Map<String, BuiltinFunction> table) {
        Builtins.add(table, "linspace", 3, 3, args -> {
            double min = number(args.get(0), "linspace");
            double max = number(args.get(1), "linspace");
            int n = count(args.get(2), "linspace");
            Value[] out = new Value[n];
            for (int i = 0; i < n; i++) {
                out[i] = Scalar.of(i == n - 1 ? max : min + i * (max - min) / (n - 1));
            }
            return Matrix.column(out);
        });
        Builtins.add(table, "logspace", 3, 3, args -> {
            double min = number(args.get(0), "logspace");
            double max = number(args.get(1), "logspace");
            int n = count(args.get(2), "logspace");
            if (!(min > 0 && max > 0)) {
                throw new MathError("logspace: the limits must be positive");
            }
            double low = Math.log10(min);
            double high = Math.log10(max);
            Value[] out = new Value[n];
            for (int i = 0; i < n; i++) {
                out[i] = Scalar.of(i == 0 ? min : i == n - 1 ? max : Math.pow(10, low + i * (high - low) / (n - 1)));
            }
            return Matrix.column(out);
        });
    }

    private static double number(Value v, String name) {
        return Arithmetic.scalar(v, name).number(name);
    }

    private static int count(Value v, String name) {
        int n = Arithmetic.scalar(v, name).integer(name);
        if (n < 2) {
            throw new Unsupported(name + " with fewer than two points");
        }
        return n;
    }
}
