package org.primebatch.mcdx.math;

import java.util.PriorityQueue;
import org.primebatch.mcdx.units.Dimension;

/**
 * The definite integral {@code ∫_a^b f(x) dx}. Mathcad picks among Romberg (which stops when its successive
 * estimates agree to within TOL), adaptive quadrature, an infinite-limit method and a singular-endpoint method; its
 * result is therefore within TOL of the exact integral. Here a globally adaptive 15-point Gauss–Kronrod rule
 * (which never evaluates the ends, so integrable endpoint singularities are fine) bisects the worst interval until
 * the error estimate is below 10⁻¹² of the integral, far inside TOL; if it cannot get within TOL at all, the
 * integral did not converge. A limit of magnitude 10³⁰⁷ (Mathcad's ∞) is infinite: [a, ∞) is mapped onto (0, 1] by
 * x = a + (1 − t)/t. The result has the units of the integrand times those of the variable; reversed limits
 * change its sign.
 */
final class Integration {
    /** Mathcad's ∞. */
    static final double INFINITY = 1e307;
    private static final double TARGET = 1e-12;
    /** Where the integrand's positive and negative parts cancel, the error is measured against ∫|f|. */
    private static final double CANCELLATION = 1e-13;
    private static final int MAX_INTERVALS = 2000;
    /** Bisections of one piece: 2⁻²⁰⁰ of the interval is far beyond any integrable singularity's needs. */
    private static final int MAX_DEPTH = 200;

    private static final double[] NODES = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0};
    private static final double[] KRONROD = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    /** Gauss weights for the nodes NODES[1], NODES[3], NODES[5], NODES[7]. */
    private static final double[] GAUSS = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

    private Integration() {
    }

    /** ∫_a^b f(x) dx; {@code tol} is the worksheet's TOL. */
    static Scalar integrate(ScalarFunction f, Scalar a, Scalar b, double tol) {
        Dimension variable = limitsDimension(a, b);
        RealFunction g = new RealFunction(f, variable, "∫");
        double lo = a.si();
        double hi = b.si();
        double value;
        if (lo == hi) {
            value = 0;
        } else if (lo > hi) {
            value = -integrate(g, hi, lo, tol);
        } else {
            value = integrate(g, lo, hi, tol);
        }
        return new Scalar(value, g.resultDimension().times(variable));
    }

    private static Dimension limitsDimension(Scalar a, Scalar b) {
        if (a.si() == 0 && a.isDimensionless()) {
            return b.dimension();
        }
        if (b.si() == 0 && b.isDimensionless() || a.dimension().equals(b.dimension())) {
            return a.dimension();
        }
        throw new MathError("∫: the units of the limits do not match (" + a.dimension() + " and " + b.dimension() + ")");
    }

    /** lo &lt; hi. */
    private static double integrate(RealFunction g, double lo, double hi, double tol) {
        boolean infiniteLow = lo <= -INFINITY;
        boolean infiniteHigh = hi >= INFINITY;
        Integrand h;
        if (infiniteLow && infiniteHigh) {
            h = t -> {
                double x = (1 - t) / t;
                return (finite(g, x) + finite(g, -x)) / (t * t);
            };
        } else if (infiniteHigh) {
            h = t -> finite(g, lo + (1 - t) / t) / (t * t);
        } else if (infiniteLow) {
            h = t -> finite(g, hi - (1 - t) / t) / (t * t);
        } else {
            return adaptive(x -> finite(g, x), lo, hi, tol);
        }
        return adaptive(h, 0, 1, tol);
    }

    private static double finite(RealFunction g, double x) {
        double y = g.at(x);
        if (!Double.isFinite(y)) {
            throw new Unsupported("∫ of an integrand that is not finite at " + x);
        }
        return y;
    }

    @FunctionalInterface
    private interface Integrand {
        double at(double x);
    }

    private record Piece(double lo, double hi, double value, double error, int depth) {
    }

    private static double adaptive(Integrand f, double lo, double hi, double tol) {
        PriorityQueue<Piece> pieces = new PriorityQueue<>((p, q) -> Double.compare(q.error, p.error));
        Piece whole = kronrod(f, lo, hi, 0);
        pieces.add(whole);
        double value = whole.value;
        double error = whole.error;
        double absolute = Math.abs(whole.value);
        while (error > Math.max(TARGET * Math.abs(value), CANCELLATION * absolute) && pieces.size() < MAX_INTERVALS) {
            Piece worst = pieces.poll();
            double mid = (worst.lo + worst.hi) / 2;
            if (worst.depth >= MAX_DEPTH || !(mid > worst.lo && mid < worst.hi)) {
                pieces.add(worst);
                break;
            }
            Piece left = kronrod(f, worst.lo, mid, worst.depth + 1);
            Piece right = kronrod(f, mid, worst.hi, worst.depth + 1);
            pieces.add(left);
            pieces.add(right);
            value += left.value + right.value - worst.value;
            error += left.error + right.error - worst.error;
            absolute += Math.abs(left.value) + Math.abs(right.value) - Math.abs(worst.value);
            if (pieces.size() % 64 == 0) {
                // re-add to keep rounding in the running sums from accumulating
                value = 0;
                error = 0;
                absolute = 0;
                for (Piece p : pieces) {
                    value += p.value;
                    error += p.error;
                    absolute += Math.abs(p.value);
                }
            }
        }
        value = 0;
        error = 0;
        absolute = 0;
        for (Piece p : pieces) {
            value += p.value;
            error += p.error;
            absolute += Math.abs(p.value);
        }
        if (error > tol * Math.max(Math.abs(value), 1e-6 * absolute) && error > 0) {
            throw new MathError("∫ did not converge: the integral cannot be computed to within TOL (is the"
                    + " integrand singular inside the interval?)");
        }
        return value;
    }

    /** The 15-point Kronrod estimate over [lo, hi] and QUADPACK's error estimate from the embedded 7-point Gauss. */
    private static Piece kronrod(Integrand f, double lo, double hi, int depth) {
        double center = (lo + hi) / 2;
        double half = (hi - lo) / 2;
        double fc = f.at(center);
        double kronrod = fc * KRONROD[7];
        double gauss = fc * GAUSS[3];
        double meanAbs = Math.abs(fc) * KRONROD[7];
        double[] values = new double[14];
        for (int j = 0; j < 7; j++) {
            double dx = half * NODES[j];
            double f1 = f.at(center - dx);
            double f2 = f.at(center + dx);
            values[2 * j] = f1;
            values[2 * j + 1] = f2;
            kronrod += KRONROD[j] * (f1 + f2);
            meanAbs += KRONROD[j] * (Math.abs(f1) + Math.abs(f2));
            if (j % 2 == 1) {
                gauss += GAUSS[j / 2] * (f1 + f2);
            }
        }
        double mean = kronrod / 2;
        double spread = KRONROD[7] * Math.abs(fc - mean);
        for (int j = 0; j < 7; j++) {
            spread += KRONROD[j] * (Math.abs(values[2 * j] - mean) + Math.abs(values[2 * j + 1] - mean));
        }
        double value = kronrod * half;
        double error = Math.abs((kronrod - gauss) * half);
        double resasc = spread * Math.abs(half);
        if (resasc != 0 && error != 0) {
            error = resasc * Math.min(1, Math.pow(200 * error / resasc, 1.5));
        }
        double resabs = meanAbs * Math.abs(half);
        double epsilonBound = 50 * Math.ulp(1.0) * resabs;
        if (resabs > Double.MIN_NORMAL / (50 * Math.ulp(1.0))) {
            error = Math.max(epsilonBound, error);
        }
        return new Piece(lo, hi, value, error, depth);
    }
}
