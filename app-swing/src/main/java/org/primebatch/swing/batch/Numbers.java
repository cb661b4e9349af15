package org.primebatch.swing.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import org.primebatch.cases.MatrixLiteral;

/**
 * How the cases table writes numbers: rounded to a number of significant figures on screen, in full everywhere else
 * (tooltips, copies), the way the results files write them.
 */
final class Numbers {
    /** Below this magnitude, and from {@link #LARGE} on, numbers are shown in scientific notation. */
    private static final double SMALL = 1e-3;
    private static final double LARGE = 1e6;

    private Numbers() {
    }

    /**
     * {@code value} to {@code figures} significant figures, as a person reads it: {@code 0.1235}, {@code 12.35},
     * {@code 1.235E+07}, {@code 2.5E-05}; trailing zeros dropped, and the digits before the point never rounded away
     * ({@code 12346} stays), so that whole numbers up to a million read as they are.
     */
    static String significant(double value, int figures) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        double magnitude = Math.abs(value);
        BigDecimal exact = new BigDecimal(value);
        if (magnitude >= SMALL && magnitude < LARGE) {
            int integerDigits = magnitude >= 1 ? (int) Math.floor(Math.log10(magnitude)) + 1 : 0;
            int scale = Math.max(figures - integerDigits, 0);
            if (magnitude < 1) {
                // leading zeros after the point are not significant: 0.001234 has 4 figures
                scale = figures - (int) Math.floor(Math.log10(magnitude)) - 1;
            }
            BigDecimal rounded = exact.setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
            if (rounded.abs().compareTo(BigDecimal.valueOf(LARGE)) >= 0) {
                return scientific(exact, figures);
            }
            String text = rounded.toPlainString();
            return text.equals("-0") ? "0" : text;
        }
        return scientific(exact, figures);
    }

    private static String scientific(BigDecimal exact, int figures) {
        BigDecimal rounded = exact.round(new MathContext(figures, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        String digits = mantissa.scale() <= 0 ? mantissa.toBigInteger().toString() : mantissa.toPlainString();
        return digits + "E" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    /** A value as the table shows it: numbers to {@code figures}, matrices element by element, texts as they are. */
    static String shown(JsonNode node, int figures) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            return MatrixLiteral.format(node, element -> shown(element, figures));
        }
        if (node.isIntegralNumber()) {
            return Math.abs(node.asDouble()) < LARGE ? node.asText() : significant(node.asDouble(), figures);
        }
        if (node.isNumber()) {
            return significant(node.doubleValue(), figures);
        }
        return node.asText();
    }

    /**
     * A value in full, as the results files write it: whole numbers without a point, others as Java's shortest
     * decimal that reads back as the same double ({@code 0.1}, {@code 1.0E-5}), matrices as {@code [1, 2; 3, 4]}.
     */
    static String full(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            return MatrixLiteral.format(node, Numbers::full);
        }
        if (node.isIntegralNumber()) {
            return node.asText();
        }
        if (node.isNumber()) {
            double value = node.doubleValue();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return Double.toString(value);
        }
        return node.asText();
    }

    /** A duration in seconds, exactly: {@code 0.116}, {@code 185}. */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9))
                .stripTrailingZeros().toPlainString();
    }
}
