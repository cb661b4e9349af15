package org.primebatch.mcdx.math;

import org.primebatch.mcdx.units.Dimension;

/**
 * The arithmetic operators on numbers of which at least one may be complex, with units checked as {@link Arithmetic}
 * checks them. Following Mathcad, a result whose imaginary part is exactly zero is a real {@link Scalar}, and a
 * negative real base raised to a non-integer power gives the principal value ({@code (-8)^(1/3)} is
 * {@code 1 + 1.732i}, not -2, which the n-th root operator gives). Real operands keep the real fast path in
 * {@link Arithmetic}; these operations are for the cases it cannot take.
 */
final class ComplexArithmetic {
    private ComplexArithmetic() {
    }

    /** The complex value of a real or complex number. */
    static Complex complex(Value v, String where) {
        if (v instanceof ComplexScalar z) {
            return z.complex();
        }
        return Complex.real(Arithmetic.scalar(v, where).si());
    }

    static Dimension dimension(Value v, String where) {
        if (v instanceof ComplexScalar z) {
            return z.dimension();
        }
        return Arithmetic.scalar(v, where).dimension();
    }

    static Value add(Value a, Value b) {
        return sum(a, b, false, "+");
    }

    static Value subtract(Value a, Value b) {
        return sum(a, b, true, "-");
    }

    private static Value sum(Value a, Value b, boolean subtract, String where) {
        Complex x = complex(a, where);
        Complex y = complex(b, where);
        Dimension dx = dimension(a, where);
        Dimension dy = dimension(b, where);
        Dimension d;
        if (x.isZero() && dx.isNone()) {
            d = dy;
        } else if (y.isZero() && dy.isNone()) {
            d = dx;
        } else if (dx.equals(dy)) {
            d = dx;
        } else {
            throw new MathError(where + ": the units do not match (" + dx + " and " + dy + ")");
        }
        return ComplexScalar.of(subtract ? x.minus(y) : x.plus(y), d);
    }

    static Value negate(Value a) {
        return ComplexScalar.of(complex(a, "-").negate(), dimension(a, "-"));
    }

    static Value multiply(Value a, Value b) {
        return ComplexScalar.of(complex(a, "·").times(complex(b, "·")),
                dimension(a, "·").times(dimension(b, "·")));
    }

    static Value divide(Value a, Value b) {
        Complex y = complex(b, "/");
        if (y.isZero()) {
            throw new MathError("/: can't divide by zero");
        }
        return ComplexScalar.of(complex(a, "/").over(y), dimension(a, "/").over(dimension(b, "/")));
    }

    /**
     * {@code base^exponent} with the principal value. The exponent must be dimensionless; a base with units needs a
     * real exponent, which gives the dimension of the result.
     */
    static Value power(Value base, Value exponent) {
        Complex e = complex(exponent, "^");
        if (!dimension(exponent, "^").isNone()) {
            throw new MathError("^: the exponent must be dimensionless");
        }
        Dimension d = dimension(base, "^");
        if (!d.isNone() && e.im() != 0) {
            throw new MathError("^: a quantity with units cannot be raised to a complex power");
        }
        Complex b = complex(base, "^");
        if (b.im() == 0 && e.im() == 0 && (b.re() >= 0 || e.re() == Math.rint(e.re()))) {
            // real to a real power with a real result: the same number the real operator gives
            if (b.re() == 0 && e.re() < 0) {
                throw new MathError("^: can't divide by zero");
            }
            return new Scalar(Math.pow(b.re(), e.re()), d.pow(e.re()));
        }
        return ComplexScalar.of(b.pow(e), d.isNone() ? d : d.pow(e.re()));
    }

    /** |z|, with the units of z. */
    static Scalar magnitude(Value a) {
        return new Scalar(complex(a, "|z|").abs(), dimension(a, "|z|"));
    }
}
