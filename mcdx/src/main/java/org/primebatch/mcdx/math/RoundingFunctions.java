package org.primebatch.mcdx.math;

import java.util.Map;

/** round, Round, floor, Floor, ceil, Ceil, trunc, Trunc and mod. */
final class RoundingFunctions {
    private RoundingFunctions() {
    }

    static void register(Map<String, BuiltinFunction> table) {
        Builtins.add(table, "round", 1, 2, args -> {
            double x = number(args.get(0), "round");
            int digits = args.size() == 2 ? Arithmetic.scalar(args.get(1), "round").integer("round") : 0;
            double scale = Math.pow(10, digits);
            return Scalar.of(halfAwayFromZero(x * scale) / scale);
        });
        Builtins.add(table, "floor", 1, 1, args -> Scalar.of(Math.floor(number(args.get(0), "floor"))));
        Builtins.add(table, "ceil", 1, 1, args -> Scalar.of(Math.ceil(number(args.get(0), "ceil"))));
        Builtins.add(table, "trunc", 1, 1, args -> Scalar.of(truncate(number(args.get(0), "trunc"))));
        toMultiple(table, "Round", RoundingFunctions::halfAwayFromZero);
        toMultiple(table, "Floor", Math::floor);
        toMultiple(table, "Ceil", Math::ceil);
        toMultiple(table, "Trunc", RoundingFunctions::truncate);
        Builtins.add(table, "mod", 2, 2, args -> {
            Scalar x = Arithmetic.scalar(args.get(0), "mod");
            Scalar y = Arithmetic.scalar(args.get(1), "mod");
            Arithmetic.sameDimension(x, y, "mod");
            if (y.si() == 0) {
                throw new MathError("mod: can't divide by zero");
            }
            return new Scalar(x.si() % y.si(), x.dimension());
        });
    }

    private interface Rounding {
        double apply(double x);
    }

    /** {@code Round(x, y)}: x to a multiple of y, both with the same units. */
    private static void toMultiple(Map<String, BuiltinFunction> table, String name, Rounding rounding) {
        Builtins.add(table, name, 2, 2, args -> {
            Scalar x = Arithmetic.scalar(args.get(0), name);
            Scalar y = Arithmetic.scalar(args.get(1), name);
            Arithmetic.sameDimension(x, y, name);
            if (y.si() == 0) {
                throw new MathError(name + ": can't divide by zero");
            }
            return new Scalar(rounding.apply(x.si() / y.si()) * y.si(), x.dimension());
        });
    }

    private static double number(Value v, String name) {
        Scalar s = Arithmetic.scalar(v, name);
        if (!s.isDimensionless()) {
            throw new Unsupported(name + " of a value with units");
        }
        return s.si();
    }

    static double halfAwayFromZero(double x) {
        return Math.signum(x) * Math.floor(Math.abs(x) + 0.5);
    }

    private static double truncate(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }
}
