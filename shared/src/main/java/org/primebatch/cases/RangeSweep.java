package org.primebatch.cases;

import java.math.BigDecimal;
import org.primebatch.api.CaseValue;

/**
 * A sweep over {@code from}, {@code from + step}, … ; computed in decimal so that {@code 0..1 step 0.1} gives
 * exactly 0.1, 0.2, … 1.
 *
 * @param size      the number of values
 * @param endOnStep whether the last value is {@code to} itself (which may lie within the tolerance of a step)
 */
record RangeSweep(String alias, String unit, BigDecimal from, BigDecimal to, BigDecimal step, long size,
                  boolean endOnStep) implements Sweep {
    @Override
    public CaseValue value(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("value " + index + " of a sweep of " + size);
        }
        BigDecimal value = endOnStep && index == size - 1 ? to : from.add(step.multiply(BigDecimal.valueOf(index)));
        return CaseValue.of(value.doubleValue(), unit);
    }
}
