package org.primebatch.mcdx.math;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.primebatch.mcdx.units.Dimension;

/** Trigonometric, hyperbolic, exponential and logarithmic functions of dimensionless numbers, and unit helpers. */
final class ElementaryFunctions {
    private ElementaryFunctions() {
    }

    static void register(Map<String, BuiltinFunction> table) {
        real(table, "sin", Math::sin);
        real(table, "cos", Math::cos);
        real(table, "tan", Math::tan);
        real(table, "cot", x -> 1 / Math.tan(x));
        real(table, "sec", x -> 1 / Math.cos(x));
        real(table, "csc", x -> 1 / Math.sin(x));
        real(table, "asin", x -> inDomain(Math.asin(x), "asin"));
        real(table, "acos", x -> inDomain(Math.acos(x), "acos"));
        real(table, "atan", Math::atan);
        real(table, "acot", x -> x == 0 ? Math.PI / 2 : Math.atan(1 / x) + (x < 0 ? Math.PI : 0));
        real(table, "asec", x -> inDomain(Math.acos(1 / x), "asec"));
        real(table, "acsc", x -> inDomain(Math.asin(1 / x), "acsc"));
        real(table, "sinc", x -> x == 0 ? 1 : Math.sin(x) / x);
        real(table, "sinh", Math::sinh);
        real(table, "cosh", Math::cosh);
        real(table, "tanh", Math::tanh);
        real(table, "coth", x -> 1 / Math.tanh(x));
        real(table, "sech", x -> 1 / Math.cosh(x));
        real(table, "csch", x -> 1 / Math.sinh(x));
        real(table, "asinh", x -> Math.log(x + Math.sqrt(x * x + 1)));
        real(table, "acosh", x -> inDomain(Math.log(x + Math.sqrt(x * x - 1)), "acosh"));
        real(table, "atanh", x -> inDomain(0.5 * Math.log((1 + x) / (1 - x)), "atanh"));
        real(table, "acoth", x -> inDomain(Math.abs(x) > 1 ? 0.5 * Math.log((x + 1) / (x - 1)) : Double.NaN, "acoth"));
        real(table, "asech", x -> inDomain(x > 0 && x <= 1 ? Math.log((1 + Math.sqrt(1 - x * x)) / x) : Double.NaN,
                "asech"));
        real(table, "acsch", x -> {
            if (x == 0) {
                throw new Unsupported("acsch of zero");
            }
            double r = 1 / x;
            return Math.log(r + Math.sqrt(r * r + 1));
        });
        real(table, "exp", Math::exp);
        real(table, "ln", x -> logarithm(x, "ln"));
        Builtins.add(table, "log", 1, 2, args -> {
            double x = number(args.get(0), "log");
            double value = logarithm(x, "log");
            if (args.size() == 1) {
                return Scalar.of(Math.log10(x));
            }
            double base = number(args.get(1), "log");
            if (base <= 0 || base == 1) {
                throw new MathError("log: the base must be positive and not 1");
            }
            return Scalar.of(value / Math.log(base));
        });
        Builtins.add(table, "atan2", 2, 2, args -> {
            Scalar x = Arithmetic.scalar(args.get(0), "atan2");
            Scalar y = Arithmetic.scalar(args.get(1), "atan2");
            Arithmetic.sameDimension(x, y, "atan2");
            if (x.si() == 0 && y.si() == 0) {
                throw new MathError("atan2: undefined at the origin");
            }
            return Scalar.of(Math.atan2(y.si(), x.si()));
        });
        Builtins.add(table, "angle", 2, 2, args -> {
            // the angle from the positive x axis to the point (x, y), in [0, 2π)
            Scalar x = Arithmetic.scalar(args.get(0), "angle");
            Scalar y = Arithmetic.scalar(args.get(1), "angle");
            Arithmetic.sameDimension(x, y, "angle");
            if (x.si() == 0 && y.si() == 0) {
                throw new MathError("angle: undefined at the origin");
            }
            double a = Math.atan2(y.si(), x.si());
            return Scalar.of(a < 0 ? a + 2 * Math.PI : a);
        });
        Builtins.add(table, "SIUnitsOf", 1, 1,
                args -> new Scalar(1, Arithmetic.scalar(args.get(0), "SIUnitsOf").dimension()));
        Builtins.add(table, "IsNaN", 1, 1, args -> Scalar.of(args.get(0) instanceof Scalar s && Double.isNaN(s.si())));
    }

    private static void real(Map<String, BuiltinFunction> table, String name, DoubleUnaryOperator f) {
        Builtins.add(table, name, 1, 1, args -> Scalar.of(f.applyAsDouble(number(args.get(0), name))));
    }

    private static double number(Value v, String name) {
        return Arithmetic.scalar(v, name).number(name);
    }

    private static double inDomain(double result, String name) {
        if (Double.isNaN(result)) {
            throw new Unsupported(name + ": a complex result");
        }
        return result;
    }

    private static double logarithm(double x, String name) {
        if (x == 0) {
            throw new MathError(name + ": the logarithm of zero is undefined");
        }
        if (x < 0) {
            throw new Unsupported(name + ": a complex result");
        }
        return Math.log(x);
    }

    static Scalar dimensionless(double value) {
        return new Scalar(value, Dimension.NONE);
    }
}
