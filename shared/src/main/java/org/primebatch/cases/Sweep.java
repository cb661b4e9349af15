package org.primebatch.cases;

import org.primebatch.api.CaseValue;

/**
 * The values one input takes across cases, written {@code L=2..10 step 0.5 m} (a range, both ends included) or
 * {@code w=10,20,30 kN/m} (a list of numbers, matrices or strings). The unit is optional and one word ({@code kN/m}, {@code kN*m}).
 */
public sealed interface Sweep permits RangeSweep, ListSweep {
    /**
     * Parses a sweep. A range {@code from..to [step s] [unit]} runs from {@code from} by {@code s} (default 1, or -1
     * when {@code to < from}) and includes {@code to} when it lies on a step, within 1e-9 of a step. A list
     * {@code a,b,c [unit]} holds values as a CSV cell does: numbers, matrices {@code [1 2; 3 4]} or strings; the unit,
     * after a space, applies to lists of numbers and matrices.
     *
     * @throws SweepException quoting {@code spec} when it is not a valid sweep
     */
    static Sweep parse(String spec) {
        return SweepSpec.parse(spec);
    }

    /** The input alias the sweep sets. */
    String alias();

    /** The unit of the sweep's numbers, or null. */
    String unit();

    /** How many values the sweep has (at least one). */
    long size();

    /** @param index from 0 to {@link #size()} - 1 */
    CaseValue value(long index);

    /** The value at {@code index} as it appears in case names: {@code L=2.5 m}, {@code name=steel}. */
    default String label(long index) {
        CaseValue value = value(index);
        String text = value.value().isNumber() ? PlainNumber.text(value.value().doubleValue())
                : value.value().isTextual() ? value.value().asText()
                : value.value().toString();
        return alias() + "=" + (value.unit() == null ? text : text + " " + value.unit());
    }
}
