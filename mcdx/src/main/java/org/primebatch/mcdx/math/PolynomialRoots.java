package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.primebatch.mcdx.units.Dimension;

/**
 * Mathcad's {@code polyroots(v)}: the roots of the polynomial v₀ + v₁x + … + vₙxⁿ (coefficients from the constant
 * term up, 2 ≤ length(v) ≤ 99), as a vector sorted by real part, then imaginary part. By default Mathcad uses
 * LaGuerre's method, which is iterative and searches the complex plane; so does this class: each root is found on
 * the deflated polynomial, then polished on the original one. A root whose imaginary part is below 10⁻⁷ of its
 * magnitude (what is left of a double real root) is real; the vector is real when every root is. Coefficients may
 * carry units as long as every term has the same: the roots then have the units of v_k / v_(k+1).
 */
final class PolynomialRoots {
    private static final double EPS = Math.ulp(1.0);
    private static final int MAX_ITERATIONS = 80;
    private static final double[] FRACTIONS = {0.5, 0.25, 0.75, 0.13, 0.38, 0.62, 0.88, 1.0};
    private static final double REAL_IF_BELOW = 1e-7;

    private PolynomialRoots() {
    }

    static Matrix polyroots(Value v) {
        if (!(v instanceof Matrix m) || m.cols() != 1) {
            throw new MathError("polyroots: the coefficients must be a vector, not " + v.kind());
        }
        if (m.rows() < 2 || m.rows() > 99) {
            throw new MathError("polyroots: the vector must have between 2 and 99 coefficients");
        }
        Complex[] coefficients = new Complex[m.rows()];
        Dimension[] dimensions = new Dimension[m.rows()];
        boolean realCoefficients = true;
        for (int i = 0; i < coefficients.length; i++) {
            Value e = m.get(i, 0);
            coefficients[i] = ComplexArithmetic.complex(e, "polyroots");
            dimensions[i] = ComplexArithmetic.dimension(e, "polyroots");
            realCoefficients &= coefficients[i].im() == 0;
        }
        int degree = coefficients.length - 1;
        while (degree > 0 && coefficients[degree].isZero()) {
            degree--;
        }
        if (degree == 0) {
            throw new MathError("polyroots: the polynomial must have degree one or more");
        }
        Complex[] a = Arrays.copyOf(coefficients, degree + 1);
        Dimension rootDimension = rootDimension(a, dimensions);
        Complex[] roots = roots(a, realCoefficients);
        Value[] out = new Value[roots.length];
        for (int i = 0; i < roots.length; i++) {
            out[i] = ComplexScalar.of(roots[i], rootDimension);
        }
        return Matrix.column(out);
    }

    /** The dimension D of x such that every non-zero term vₖxᵏ has the same dimension. */
    private static Dimension rootDimension(Complex[] a, Dimension[] dimensions) {
        int low = 0;
        while (a[low].isZero()) {
            low++;
        }
        int high = a.length - 1;
        Dimension d = low == high ? Dimension.NONE
                : dimensions[low].over(dimensions[high]).pow(1.0 / (high - low));
        Dimension term = dimensions[high].times(d.pow(high));
        for (int k = low; k <= high; k++) {
            if (!a[k].isZero() && !dimensions[k].times(d.pow(k)).equals(term)) {
                throw new MathError("polyroots: the terms of the polynomial do not all have the same units");
            }
        }
        return d;
    }

    /** The roots of a₀ + a₁x + … + aₙxⁿ, aₙ ≠ 0, sorted. */
    static Complex[] roots(Complex[] a, boolean realCoefficients) {
        int n = a.length - 1;
        Complex[] deflated = a.clone();
        Complex[] roots = new Complex[n];
        for (int j = n; j >= 1; j--) {
            Complex x = laguerre(Arrays.copyOf(deflated, j + 1), Complex.ZERO);
            if (realCoefficients && Math.abs(x.im()) <= 2 * EPS * Math.abs(x.re())) {
                x = Complex.real(x.re());
            }
            roots[j - 1] = x;
            Complex b = deflated[j];
            for (int k = j - 1; k >= 0; k--) {
                Complex c = deflated[k];
                deflated[k] = b;
                b = x.times(b).plus(c);
            }
        }
        for (int j = 0; j < n; j++) {
            roots[j] = laguerre(a, roots[j]);
        }
        if (realCoefficients) {
            tidyRealPolynomialRoots(roots);
        }
        Arrays.sort(roots, Comparator.comparingDouble(Complex::re).thenComparingDouble(Complex::im));
        return roots;
    }

    /**
     * Laguerre's iteration for one root of a₀ + … + aₘxᵐ from x; every tenth step is a fraction of the full one,
     * which breaks the rare limit cycles.
     */
    private static Complex laguerre(Complex[] a, Complex x) {
        int m = a.length - 1;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            Complex b = a[m];
            double err = b.abs();
            Complex d = Complex.ZERO;
            Complex f = Complex.ZERO;
            double abx = x.abs();
            for (int j = m - 1; j >= 0; j--) {
                f = x.times(f).plus(d);
                d = x.times(d).plus(b);
                b = x.times(b).plus(a[j]);
                err = b.abs() + abx * err;
            }
            if (b.abs() <= err * EPS) {
                return x;
            }
            Complex g = d.over(b);
            Complex g2 = g.times(g);
            Complex h = g2.minus(f.times(2).over(b));
            Complex sq = h.times(m).minus(g2).times(m - 1).sqrt();
            Complex gp = g.plus(sq);
            Complex gm = g.minus(sq);
            double abp = gp.abs();
            double abm = gm.abs();
            if (abp < abm) {
                gp = gm;
            }
            Complex dx = Math.max(abp, abm) > 0 ? Complex.real(m).over(gp)
                    : new Complex(Math.cos(iteration), Math.sin(iteration)).times(1 + abx);
            Complex next = x.minus(dx);
            if (next.equals(x)) {
                return x;
            }
            x = iteration % 10 != 0 ? next : x.minus(dx.times(FRACTIONS[iteration / 10 - 1]));
        }
        if (!nearlyRoot(a, x)) {
            throw new Unsupported("polyroots: LaGuerre's iteration did not converge");
        }
        return x;
    }

    /** Whether |p(x)| is small beside the size of its terms, Σ|aₖ||x|ᵏ, for an iteration that ran out of steps. */
    private static boolean nearlyRoot(Complex[] a, Complex x) {
        Complex p = Complex.ZERO;
        double terms = 0;
        double ax = x.abs();
        for (int k = a.length - 1; k >= 0; k--) {
            p = p.times(x).plus(a[k]);
            terms = terms * ax + a[k].abs();
        }
        return p.abs() <= 1e-6 * terms;
    }

    /**
     * The roots of a real polynomial are real or come in conjugate pairs: near-real ones become real, and each
     * complex root is paired with its nearest conjugate, the pair made exactly conjugate.
     */
    private static void tidyRealPolynomialRoots(Complex[] roots) {
        List<Integer> upper = new ArrayList<>();
        List<Integer> lower = new ArrayList<>();
        for (int i = 0; i < roots.length; i++) {
            Complex z = roots[i];
            if (Math.abs(z.im()) <= REAL_IF_BELOW * z.abs()) {
                roots[i] = Complex.real(z.re());
            } else if (z.im() > 0) {
                upper.add(i);
            } else {
                lower.add(i);
            }
        }
        if (upper.size() != lower.size()) {
            return;
        }
        for (int i : upper) {
            int best = -1;
            for (int j : lower) {
                if (best < 0 || roots[j].minus(roots[i].conjugate()).abs()
                        < roots[best].minus(roots[i].conjugate()).abs()) {
                    best = j;
                }
            }
            lower.remove(Integer.valueOf(best));
            double re = (roots[i].re() + roots[best].re()) / 2;
            double im = (roots[i].im() - roots[best].im()) / 2;
            roots[i] = new Complex(re, im);
            roots[best] = new Complex(re, -im);
        }
    }
}
