package org.primebatch.mcdx.math;

/**
 * A complex number as two doubles, for the algorithms that work in the complex plane (polynomial roots, complex
 * arithmetic). Multivalued functions return their principal value, as Mathcad does: the argument lies in (-π, π].
 */
record Complex(double re, double im) {
    static final Complex ZERO = new Complex(0, 0);
    static final Complex ONE = new Complex(1, 0);
    static final Complex I = new Complex(0, 1);

    static Complex real(double x) {
        return new Complex(x, 0);
    }

    Complex plus(Complex o) {
        return new Complex(re + o.re, im + o.im);
    }

    Complex minus(Complex o) {
        return new Complex(re - o.re, im - o.im);
    }

    Complex times(Complex o) {
        return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    Complex times(double k) {
        return new Complex(re * k, im * k);
    }

    /** Smith's algorithm, which neither overflows nor loses precision when one part dwarfs the other. */
    Complex over(Complex o) {
        if (Math.abs(o.re) >= Math.abs(o.im)) {
            double r = o.im / o.re;
            double d = o.re + o.im * r;
            return new Complex((re + im * r) / d, (im - re * r) / d);
        }
        double r = o.re / o.im;
        double d = o.re * r + o.im;
        return new Complex((re * r + im) / d, (im * r - re) / d);
    }

    Complex negate() {
        return new Complex(-re, -im);
    }

    Complex conjugate() {
        return new Complex(re, -im);
    }

    double abs() {
        return Math.hypot(re, im);
    }

    /** The argument in (-π, π]; 0 for zero. */
    double arg() {
        return Math.atan2(im, re);
    }

    boolean isZero() {
        return re == 0 && im == 0;
    }

    Complex exp() {
        double m = Math.exp(re);
        return im == 0 ? new Complex(m, 0) : new Complex(m * Math.cos(im), m * Math.sin(im));
    }

    /** The principal logarithm ln|z| + i·arg z. */
    Complex log() {
        return new Complex(Math.log(abs()), arg());
    }

    /** The principal square root, with a non-negative real part. */
    Complex sqrt() {
        if (im == 0) {
            return re >= 0 ? new Complex(Math.sqrt(re), 0) : new Complex(0, Math.sqrt(-re));
        }
        double m = abs();
        double r = Math.sqrt((m + Math.abs(re)) / 2);
        double s = im / (2 * r);
        return re >= 0 ? new Complex(r, s) : new Complex(Math.abs(s), Math.copySign(r, im));
    }

    /** The principal power exp(w·ln z); zero to a power with a positive real part is zero. */
    Complex pow(Complex w) {
        if (isZero()) {
            if (w.re > 0) {
                return ZERO;
            }
            throw new MathError("^: can't divide by zero");
        }
        if (w.im == 0 && w.re == Math.rint(w.re) && Math.abs(w.re) <= 64) {
            return integerPower((int) w.re);
        }
        return log().times(w).exp();
    }

    private Complex integerPower(int n) {
        Complex result = ONE;
        Complex base = n < 0 ? ONE.over(this) : this;
        for (int k = Math.abs(n); k > 0; k >>= 1) {
            if ((k & 1) != 0) {
                result = result.times(base);
            }
            base = base.times(base);
        }
        return result;
    }
}
