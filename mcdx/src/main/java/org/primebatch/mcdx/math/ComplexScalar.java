package org.primebatch.mcdx.math;

import org.primebatch.mcdx.units.Dimension;

/**
 * A complex number held in SI base units, both parts sharing one dimension, as Mathcad holds {@code 3 + 4i} or
 * {@code 2j·m}. Results whose imaginary part is exactly zero are plain {@link Scalar}s (see {@link #of}); a result
 * whose real part is exactly zero stays complex, as Mathcad stores {@code e^(πi) + 1} as an imaginary number only.
 */
public record ComplexScalar(double re, double im, Dimension dimension) implements Value {
    /** The imaginary literal {@code ni} (or {@code nj}), dimensionless. */
    public static ComplexScalar imaginary(double n) {
        return new ComplexScalar(0, n, Dimension.NONE);
    }

    /** A real scalar when the imaginary part is zero, otherwise a complex one. */
    public static Value of(double re, double im, Dimension dimension) {
        return im == 0 ? new Scalar(re, dimension) : new ComplexScalar(re, im, dimension);
    }

    static Value of(Complex z, Dimension dimension) {
        return of(z.re(), z.im(), dimension);
    }

    Complex complex() {
        return new Complex(re, im);
    }

    public boolean isDimensionless() {
        return dimension.isNone();
    }

    @Override
    public String kind() {
        return "a complex number";
    }

    @Override
    public String toString() {
        String number = re + (im < 0 || Double.doubleToRawLongBits(im) < 0 ? " - " : " + ") + Math.abs(im) + "i";
        return isDimensionless() ? number : "(" + number + ") " + dimension;
    }
}
