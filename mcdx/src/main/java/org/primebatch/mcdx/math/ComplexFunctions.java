package org.primebatch.mcdx.math;

import org.primebatch.mcdx.units.Dimension;

/**
 * Mathcad's functions of complex numbers: Re, Im, arg, conj, and the square root, natural and common logarithms and
 * exponential with their principal values, so that {@code √(-4)} is {@code 2i}, {@code ln(-3)} is
 * {@code 1.099 + πi} and {@code log(-1)} is {@code 1.364i}. Real arguments whose results are real give the same
 * numbers as the real functions.
 */
final class ComplexFunctions {
    private static final double LN_10 = Math.log(10);

    private ComplexFunctions() {
    }

    /** Re(z), with the units of z. */
    static Scalar re(Value z) {
        return new Scalar(ComplexArithmetic.complex(z, "Re").re(), ComplexArithmetic.dimension(z, "Re"));
    }

    /** Im(z), with the units of z. */
    static Scalar im(Value z) {
        return new Scalar(ComplexArithmetic.complex(z, "Im").im(), ComplexArithmetic.dimension(z, "Im"));
    }

    /** arg(z): the angle from the positive real axis, in (-π, π]. */
    static Scalar arg(Value z) {
        Complex c = ComplexArithmetic.complex(z, "arg");
        if (c.isZero()) {
            // whether Prime answers 0 or an error here is not documented
            throw new Unsupported("arg of zero");
        }
        return Scalar.of(c.arg());
    }

    static Value conj(Value z) {
        return ComplexScalar.of(ComplexArithmetic.complex(z, "conj").conjugate(),
                ComplexArithmetic.dimension(z, "conj"));
    }

    /** The principal square root; the dimension is halved. */
    static Value sqrt(Value z) {
        Dimension d = ComplexArithmetic.dimension(z, "√");
        return ComplexScalar.of(ComplexArithmetic.complex(z, "√").sqrt(), d.pow(0.5));
    }

    /** ln z = ln|z| + i·arg z. */
    static Value ln(Value z) {
        return ComplexScalar.of(logarithm(z, "ln"), Dimension.NONE);
    }

    /** The common logarithm, ln z / ln 10. */
    static Value log(Value z) {
        Complex l = logarithm(z, "log");
        if (l.im() == 0) {
            return Scalar.of(Math.log10(ComplexArithmetic.complex(z, "log").re()));
        }
        return ComplexScalar.of(new Complex(l.re() / LN_10, l.im() / LN_10), Dimension.NONE);
    }

    /** The logarithm to a base, ln z / ln b. */
    static Value log(Value z, Value base) {
        Complex b = logarithm(base, "log");
        if (b.isZero()) {
            throw new MathError("log: the base must not be 1");
        }
        return ComplexScalar.of(logarithm(z, "log").over(b), Dimension.NONE);
    }

    static Value exp(Value z) {
        dimensionless(z, "exp");
        return ComplexScalar.of(ComplexArithmetic.complex(z, "exp").exp(), Dimension.NONE);
    }

    private static Complex logarithm(Value z, String where) {
        dimensionless(z, where);
        Complex c = ComplexArithmetic.complex(z, where);
        if (c.isZero()) {
            throw new MathError(where + ": the logarithm of zero is undefined");
        }
        return c.log();
    }

    private static void dimensionless(Value z, String where) {
        Dimension d = ComplexArithmetic.dimension(z, where);
        if (!d.isNone()) {
            throw new MathError(where + ": this value must be dimensionless, it has units " + d);
        }
    }
}
