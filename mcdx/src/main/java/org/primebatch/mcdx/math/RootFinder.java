package org.primebatch.mcdx.math;

import org.primebatch.mcdx.units.Dimension;

/**
 * Mathcad's {@code root}: {@code root(f(x), x)} iterates from the guess value of x (Mathcad uses the secant or
 * Mueller's method), {@code root(f(x), x, a, b)} searches a bracket whose ends give f opposite signs (Ridder's or
 * Brent's method). Mathcad accepts a point when |f(x)| &lt; TOL, TOL being capped at 10⁻⁵ for root; the root it
 * returns has the units of the guess (or of a and b).
 *
 * <p>Here the secant method runs from the guess until it converges or finds a sign change, which Brent's method then
 * closes; both iterate to machine precision, then |f| &lt; TOL decides whether the point is a root. Where Mathcad's
 * different iteration could reasonably land on another root, the call is refused rather than guessed: a bracket
 * holding several sign changes, or a root reached from the guess across another sign change.
 */
final class RootFinder {
    private static final double EPS = Math.ulp(1.0);
    private static final int MAX_SECANT_STEPS = 200;
    private static final int MAX_BRENT_STEPS = 3000;
    private static final int SAMPLES = 32;

    private RootFinder() {
    }

    /** root(f(x), x) from the guess; {@code tol} is the worksheet's TOL. */
    static Scalar root(ScalarFunction f, Scalar guess, double tol) {
        RealFunction g = new RealFunction(f, guess.dimension(), "root");
        double accept = Math.min(tol, SolverTolerances.ROOT_TOL_CAP);
        double x0 = guess.si();
        double f0 = g.at(x0);
        if (!Double.isFinite(x0) || !Double.isFinite(f0)) {
            throw new MathError("root: the function is not finite at the guess value");
        }
        if (f0 == 0) {
            return guess;
        }
        double x = secant(g, x0, f0, accept);
        checkNoSignChangeBetween(g, x0, f0, x);
        return new Scalar(x, guess.dimension());
    }

    /** root(f(x), x, a, b): a root between a and b, where f(a) and f(b) have opposite signs. */
    static Scalar root(ScalarFunction f, Scalar a, Scalar b, double tol) {
        if (!a.dimension().equals(b.dimension())) {
            throw new MathError("root: the units of the interval ends do not match (" + a.dimension() + " and "
                    + b.dimension() + ")");
        }
        Dimension d = a.dimension();
        RealFunction g = new RealFunction(f, d, "root");
        double accept = Math.min(tol, SolverTolerances.ROOT_TOL_CAP);
        double lo = Math.min(a.si(), b.si());
        double hi = Math.max(a.si(), b.si());
        double flo = g.at(lo);
        double fhi = g.at(hi);
        if (flo == 0) {
            return new Scalar(lo, d);
        }
        if (fhi == 0) {
            return new Scalar(hi, d);
        }
        if (Math.signum(flo) == Math.signum(fhi)) {
            throw new MathError("root: the function must have opposite signs at the ends of the interval");
        }
        checkSingleSignChange(g, lo, flo, hi, fhi);
        return new Scalar(accepted(g, brent(g, lo, flo, hi, fhi), accept), d);
    }

    private static double secant(RealFunction g, double x0, double f0, double accept) {
        double step = x0 != 0 ? 1e-4 * Math.abs(x0) : 1e-4;
        double x1 = x0 + step;
        Point p1 = evaluate(g, x1, x0);
        x1 = p1.x();
        double f1 = p1.f();
        double bestX = Math.abs(f1) < Math.abs(f0) ? x1 : x0;
        double bestF = Math.min(Math.abs(f1), Math.abs(f0));
        for (int i = 0; i < MAX_SECANT_STEPS; i++) {
            if (f1 == 0) {
                return x1;
            }
            if (Math.signum(f0) != Math.signum(f1)) {
                return accepted(g, brent(g, Math.min(x0, x1), x0 < x1 ? f0 : f1, Math.max(x0, x1),
                        x0 < x1 ? f1 : f0), accept);
            }
            if (f1 == f0) {
                throw new MathError("root did not converge: the function is flat near " + x1
                        + "; try another guess value");
            }
            double x2 = x1 - f1 * (x1 - x0) / (f1 - f0);
            if (!Double.isFinite(x2)) {
                break;
            }
            Point p2 = evaluate(g, x2, x1);
            x2 = p2.x();
            double f2 = p2.f();
            if (Math.abs(f2) < bestF) {
                bestF = Math.abs(f2);
                bestX = x2;
            }
            double change = Math.abs(x2 - x1);
            x0 = x1;
            f0 = f1;
            x1 = x2;
            f1 = f2;
            if (f1 != 0 && Math.signum(f0) == Math.signum(f1) && converged(change, x1, f1, accept)) {
                if (!(Math.abs(f1) < accept)) {
                    throw new MathError("root did not converge: the iteration settled where |f| is " + Math.abs(f1)
                            + ", not below TOL");
                }
                return x1;
            }
        }
        if (bestF < accept) {
            return bestX;
        }
        throw new MathError("root did not converge: try another guess value, or a larger TOL");
    }

    private static boolean converged(double change, double x, double fx, double accept) {
        return change <= 4 * EPS * Math.abs(x) || Math.abs(fx) < accept && change <= 1e-12 * Math.abs(x);
    }

    private record Point(double x, double f) {
    }

    /**
     * f at x; where f fails there (an iteration that left the function's domain), the step from {@code from} is
     * halved until f succeeds.
     */
    private static Point evaluate(RealFunction g, double x, double from) {
        RuntimeException failure = null;
        for (int i = 0; i < 40; i++) {
            try {
                double fx = g.at(x);
                if (Double.isFinite(fx)) {
                    return new Point(x, fx);
                }
            } catch (RealFunction.InconsistentUnits e) {
                throw e;
            } catch (MathError | Unsupported e) {
            EvaluationBudget.rethrowIfExhausted(e);
                failure = e;
            }
            x = from + (x - from) / 2;
        }
        throw new Unsupported("root: the iteration left the function's domain"
                + (failure != null ? " (" + failure.getMessage() + ")" : ""));
    }

    private static double accepted(RealFunction g, double x, double accept) {
        double fx = g.at(x);
        if (!(Math.abs(fx) < accept)) {
            throw new MathError("root did not converge: |f| is " + Math.abs(fx) + " at the closest point, not below TOL"
                    + " (is there a discontinuity rather than a root?)");
        }
        return x;
    }

    /** Brent's method on [a, b] with f(a)·f(b) &lt; 0, to machine precision. */
    static double brent(RealFunction g, double a, double fa, double b, double fb) {
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int i = 0; i < MAX_BRENT_STEPS; i++) {
            if (Math.signum(fb) == Math.signum(fc)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tolerance = 2 * EPS * Math.abs(b) + Double.MIN_NORMAL;
            double m = (c - b) / 2;
            if (Math.abs(m) <= tolerance || fb == 0) {
                return b;
            }
            if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * m * s;
                    q = 1 - s;
                } else {
                    double r = fb / fc;
                    q = fa / fc;
                    p = s * (2 * m * q * (q - r) - (b - a) * (r - 1));
                    q = (q - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < Math.min(3 * m * q - Math.abs(tolerance * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = m;
                    e = m;
                }
            } else {
                d = m;
                e = m;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tolerance ? d : Math.copySign(tolerance, m);
            fb = g.at(b);
        }
        return b;
    }

    private static void checkSingleSignChange(RealFunction g, double lo, double flo, double hi, double fhi) {
        int changes = 0;
        double previous = flo;
        for (int i = 1; i <= SAMPLES; i++) {
            double fx = i == SAMPLES ? fhi : g.at(lo + (hi - lo) * i / SAMPLES);
            if (fx != 0 && Math.signum(fx) != Math.signum(previous)) {
                changes++;
                previous = fx;
            }
        }
        if (changes > 1) {
            throw new Unsupported("root: the interval holds several roots; which one Mathcad returns depends on its"
                    + " algorithm");
        }
    }

    private static void checkNoSignChangeBetween(RealFunction g, double guess, double fguess, double root) {
        double span = root - guess;
        if (span == 0) {
            return;
        }
        for (int i = 1; i < SAMPLES; i++) {
            double x = guess + span * i / SAMPLES;
            double fx;
            try {
                fx = g.at(x);
            } catch (MathError | Unsupported e) {
            EvaluationBudget.rethrowIfExhausted(e);
                throw new Unsupported("root: the function is undefined between the guess and the root found");
            }
            if (fx != 0 && Math.signum(fx) != Math.signum(fguess)) {
                throw new Unsupported("root: another root lies between the guess and the root found; which one"
                        + " Mathcad returns depends on its algorithm");
            }
        }
    }
}
