package org.primebatch.cases;

import java.math.BigDecimal;

/** Writes a number the way a person types it: {@code 2}, {@code 0.1}, {@code 1500}, never {@code 2.0} or {@code 1.5E3}. */
final class PlainNumber {
    private PlainNumber() {
    }

    static String text(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return value == 0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
