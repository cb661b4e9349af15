package org.primebatch.engine.mcdx.write;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as worksheet XML writes them, independent of locale.
 *
 * <p>Typed literals in worksheet.xml are plain decimals ({@code 12067}, {@code -0.0035}): the corpus holds no
 * exponent notation there. Stored results in result.xml have 17 significant digits, with exponent notation outside
 * 1e-4 … 1e17 ({@code 96.947935368043062}, {@code -3.8576620845455468E-05}, {@code 1E+307}), as .NET's G17 has them.
 * Both read back to the same double.
 */
final class NumberText {
    private static final MathContext SEVENTEEN = new MathContext(17, RoundingMode.HALF_EVEN);

    private NumberText() {
    }

    /** The shortest plain decimal that reads back as {@code x}. */
    static String literal(double x) {
        requireFinite(x);
        if (x == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(x);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == x) {
                return plain(candidate);
            }
        }
        return plain(exact.round(SEVENTEEN));
    }

    /** {@code x} with 17 significant digits, trailing zeros dropped, in the notation of stored results. */
    static String stored(double x) {
        requireFinite(x);
        if (x == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(SEVENTEEN).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent > -5 && exponent < 17) {
            return plain(rounded);
        }
        String digits = rounded.unscaledValue().abs().toString();
        StringBuilder text = new StringBuilder();
        if (rounded.signum() < 0) {
            text.append('-');
        }
        text.append(digits.charAt(0));
        if (digits.length() > 1) {
            text.append('.').append(digits, 1, digits.length());
        }
        text.append('E').append(exponent < 0 ? '-' : '+');
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            text.append('0');
        }
        return text.append(magnitude).toString();
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    private static void requireFinite(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("a worksheet number must be finite, not " + x);
        }
    }
}
