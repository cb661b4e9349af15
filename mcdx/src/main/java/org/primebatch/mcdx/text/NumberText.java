package org.primebatch.mcdx.text;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as a report shows them: six significant digits, plain between 10⁻⁴ and 10⁷, else {@code 1.5×10⁻⁶}. */
final class NumberText {
    private static final MathContext DIGITS = new MathContext(6);

    private NumberText() {
    }

    static String of(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(DIGITS);
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= 1e-4 && magnitude < 1e7) {
            return rounded.stripTrailingZeros().toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "×10" + Superscripts.ofInteger(exponent);
    }
}
