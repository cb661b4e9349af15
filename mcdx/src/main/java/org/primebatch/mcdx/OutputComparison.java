package org.primebatch.mcdx;

import java.util.Optional;
import org.primebatch.api.CaseValue;
import org.primebatch.mcdx.check.CaseValueComparison;

/**
 * Whether two engines agree on an output, by {@code check}'s rule: numbers of the same dimension within a relative
 * 1e-9 in SI units, matrices element by element relative to their largest element, strings equal. What cannot be
 * compared (a unit not known here) counts as a difference.
 */
public final class OutputComparison {
    public static final double RELATIVE_TOLERANCE = 1e-9;

    private OutputComparison() {
    }

    /** Why {@code other} differs from {@code reference}, or empty when they agree. */
    public static Optional<String> difference(CaseValue reference, CaseValue other) {
        return CaseValueComparison.difference(reference, other);
    }
}
