package org.primebatch.mcdx.math;

import java.util.function.Supplier;

/**
 * Bounds the work of one solver call (root, find, minerr, an integral, a derivative) with every solver nested inside
 * it: a solve block whose constraints are double integrals of a non-smooth function would otherwise run for hours.
 * Past the budget the region is refused; no solver may take the refusal for a point outside its function's domain.
 */
final class EvaluationBudget {
    static final long EVALUATIONS = 2_000_000;
    private static final ThreadLocal<long[]> LEFT = new ThreadLocal<>();

    private EvaluationBudget() {
    }

    /** Runs the outermost solver call with a fresh budget; a nested call spends from its caller's. */
    static <T> T within(Supplier<T> solver) {
        if (LEFT.get() != null) {
            return solver.get();
        }
        LEFT.set(new long[] {EVALUATIONS});
        try {
            return solver.get();
        } finally {
            LEFT.remove();
        }
    }

    /** One evaluation of a function a solver calls. */
    static void spend() {
        long[] left = LEFT.get();
        if (left != null && --left[0] < 0) {
            throw new Exhausted();
        }
    }

    /** Thrown when the budget is spent; solvers that retry after a failed evaluation rethrow it. */
    static final class Exhausted extends Unsupported {
        Exhausted() {
            super("a solver, integral or derivative needing more than " + EVALUATIONS
                    + " evaluations of its function");
        }
    }

    /** Rethrows {@code e} when it is the budget's end, for solvers that otherwise step around a failure. */
    static void rethrowIfExhausted(RuntimeException e) {
        if (e instanceof Exhausted exhausted) {
            throw exhausted;
        }
    }
}
