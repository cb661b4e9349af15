package org.primebatch.mcdx.math;

/**
 * Mathcad's two solver tolerances and the rule for comparing a value that depends on an iterative or adaptive result
 * with the value Mathcad stored.
 *
 * <p>TOL ({@code convergence-tolerance} in settings/calculation.xml) controls the convergence of root, integrals,
 * derivatives and the ODE solvers; CTOL ({@code constraint-tolerance}) is how closely find and minerr must satisfy
 * a solve block's constraints (x &lt; 2 holds when x &lt; 2 + CTOL). Both default to 10⁻³ in Mathcad Prime. root
 * ignores a TOL above 10⁻⁵, its largest convergence criterion.
 *
 * <p>Why a tolerance at all: Mathcad stops iterating as soon as its criterion holds (|f(x)| &lt; TOL for root,
 * successive Romberg estimates within TOL for integrals, the local error within TOL for ODEs, residuals within CTOL
 * for solve blocks), so its stored result lies somewhere within that tolerance of the exact value. The native
 * algorithms iterate on to near machine precision, so the two differ by Mathcad's own error, which the exact 10⁻⁹
 * rule would wrongly report as a wrong value. The tolerance is relative (|a − b| ≤ t·max(|a|, |b|)) because
 * Mathcad's Romberg and ODE criteria are relative; it never falls below the exact rule's 10⁻⁹. It bounds what
 * Mathcad promises, not what it usually achieves (its iterations converge superlinearly, so stored results are
 * often much closer): a value that differs by more than Mathcad's own tolerance is not Mathcad's result.
 * Derivatives do not depend on TOL: Mathcad documents seven significant digits for the first derivative and one
 * fewer for each further order. A value that depends on several such results takes the largest of their
 * tolerances.
 */
public record SolverTolerances(double tol, double ctol) {
    /** Mathcad Prime's defaults for TOL and CTOL. */
    public static final SolverTolerances DEFAULT = new SolverTolerances(1e-3, 1e-3);
    /** The exact rule that applies to every other value. */
    public static final double EXACT = 1e-9;
    /** root's largest convergence criterion, whatever TOL says. */
    static final double ROOT_TOL_CAP = 1e-5;

    public SolverTolerances {
        if (!(tol > 0) || !(ctol > 0) || Double.isInfinite(tol) || Double.isInfinite(ctol)) {
            throw new MathError("TOL and CTOL must be positive numbers");
        }
    }

    /** From the worksheet's settings, either of which may be missing (null). */
    public static SolverTolerances of(Double tol, Double ctol) {
        return new SolverTolerances(tol != null ? tol : DEFAULT.tol, ctol != null ? ctol : DEFAULT.ctol);
    }

    /** The iterative and adaptive results a value may depend on. */
    public enum Source {
        /** root, bracketed or not. */
        ROOT,
        /** polyroots (LaGuerre's iteration). */
        POLYROOTS,
        /** find and minerr. */
        SOLVE_BLOCK,
        /** definite integrals. */
        INTEGRAL,
        /** odesolve, Odesolve, Rkadapt. */
        ODE
    }

    /** The |f| below which root accepts a point: TOL, but never more than 10⁻⁵. */
    public double rootTolerance() {
        return Math.min(tol, ROOT_TOL_CAP);
    }

    /** The relative tolerance for a value that depends on a result of this kind. */
    public double relative(Source source) {
        double t = source == Source.SOLVE_BLOCK ? ctol : tol;
        return Math.max(EXACT, t);
    }

    /** The relative tolerance for a value that depends on a numerical derivative of this order (1 to 5). */
    public static double derivative(int order) {
        if (order < 1 || order > 5) {
            throw new IllegalArgumentException("derivative order " + order);
        }
        return 1e-7 * Math.pow(10, order - 1);
    }
}
