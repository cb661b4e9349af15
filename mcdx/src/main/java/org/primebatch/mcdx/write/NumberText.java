package org.primebatch.mcdx.write;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as worksheet XML writes them, independent of locale; every one reads back as the same double.
 *
 * <p>Typed literals in worksheet.xml are the shortest plain decimal ({@code 12067}, {@code -0.0035}): the corpus
 * holds no exponent notation there. Stored results in result.xml are as Mathcad writes them, .NET's round-trip format:
 * 15 significant digits when they read back, else 17 ({@code 613.8}, {@code 3.1415926535897931}); plain when the
 * exponent is above -5 and below the digits used, else with an exponent of at least two digits
 * ({@code -3.8576620845455468E-05}, {@code 1E+307}).
 */
final class NumberText {
    private NumberText() {
    }

    /** The shortest plain decimal that reads back as {@code x}. */
    static String literal(double x) {
        requireFinite(x);
        return x == 0 ? "0" : shortest(x).toPlainString();
    }

    /** {@code x} as a stored result writes it. */
    static String stored(double x) {
        requireFinite(x);
        if (x == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(x);
        int precision = 15;
        BigDecimal digits = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
        if (digits.doubleValue() != x) {
            precision = 17;
            digits = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
        }
        digits = digits.stripTrailingZeros();
        int exponent = digits.precision() - digits.scale() - 1;
        if (exponent > -5 && exponent < precision) {
            return digits.toPlainString();
        }
        String unscaled = digits.unscaledValue().abs().toString();
        StringBuilder text = new StringBuilder();
        if (digits.signum() < 0) {
            text.append('-');
        }
        text.append(unscaled.charAt(0));
        if (unscaled.length() > 1) {
            text.append('.').append(unscaled, 1, unscaled.length());
        }
        text.append('E').append(exponent < 0 ? '-' : '+');
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            text.append('0');
        }
        return text.append(magnitude).toString();
    }

    /** The decimal with the fewest significant digits that reads back as {@code x}, trailing zeros dropped. */
    private static BigDecimal shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == x) {
                return candidate.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("17 digits always read back: " + x);
    }

    private static void requireFinite(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("a worksheet number must be finite, not " + x);
        }
    }
}
