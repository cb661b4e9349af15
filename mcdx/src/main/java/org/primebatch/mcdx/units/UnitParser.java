package org.primebatch.mcdx.units;

import java.util.Optional;
import java.util.function.Function;

/**
 * Reads unit strings as users type them. Grammar:
 *
 * <pre>
 * expression := term (('*' | '·' | '⋅' | '/' | whitespace) term)*     left to right: kg/m/s = kg/(m·s)
 * term       := primary [superscript digits | '^' power]
 * primary    := name | '1' | '(' expression ')'
 * power      := ['-' | '+'] number | '(' ['-'] integer '/' integer ')'     m^0.5, s^-1, m^(1/2), m², s⁻¹
 * </pre>
 *
 * Whitespace between two terms multiplies ({@code kN m} is {@code kN·m}), except after a {@code /} at the same level,
 * where it is refused as ambiguous: {@code J/mol K} could mean either {@code J/(mol·K)} or {@code J/mol·K}. A unit with
 * an offset (°C, °F) is allowed only alone, since {@code °C/s} has no meaning for absolute temperatures; Δ°C exists
 * for differences.
 */
final class UnitParser {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final Function<String, Optional<Unit>> lookup;
    private String text;
    private int pos;

    UnitParser(Function<String, Optional<Unit>> lookup) {
        this.lookup = lookup;
    }

    UnitExpression parse(String input) {
        if (input == null || input.isBlank()) {
            return UnitExpression.DIMENSIONLESS;
        }
        text = input.strip();
        pos = 0;
        Unit alone = lookup.apply(text).orElse(null);
        if (alone != null) {
            return UnitExpression.of(alone);
        }
        Product result = expression();
        if (pos < text.length()) {
            throw error("unexpected '" + text.charAt(pos) + "'");
        }
        return new UnitExpression(text, result.factor, 0, result.dimension);
    }

    private record Product(double factor, Dimension dimension) {
        Product times(Product other) {
            return new Product(factor * other.factor, dimension.times(other.dimension));
        }

        Product over(Product other) {
            return new Product(factor / other.factor, dimension.over(other.dimension));
        }

        Product pow(double power) {
            return new Product(Math.pow(factor, power), dimension.pow(power));
        }
    }

    private Product expression() {
        Product result = term();
        boolean afterDivision = false;
        while (true) {
            int spaceStart = pos;
            skipSpaces();
            if (pos >= text.length() || peek() == ')') {
                return result;
            }
            char c = peek();
            if (c == '*' || c == '·' || c == '⋅') {
                pos++;
                skipSpaces();
                result = result.times(term());
            } else if (c == '/') {
                pos++;
                skipSpaces();
                result = result.over(term());
                afterDivision = true;
            } else if (pos > spaceStart) {
                if (afterDivision) {
                    throw error("ambiguous product after '/': write J/(mol*K) or J/mol*K, not J/mol K");
                }
                result = result.times(term());
            } else {
                throw error("unexpected '" + c + "'");
            }
        }
    }

    private Product term() {
        Product base = primary();
        if (pos < text.length() && (SUPERSCRIPT_DIGITS.indexOf(peek()) >= 0 || peek() == '⁻')) {
            return base.pow(superscriptPower());
        }
        if (pos < text.length() && peek() == '^') {
            pos++;
            return base.pow(power());
        }
        return base;
    }

    private Product primary() {
        if (pos >= text.length()) {
            throw error("a unit is missing at the end");
        }
        char c = peek();
        if (c == '(') {
            int open = pos;
            pos++;
            skipSpaces();
            Product inner = expression();
            skipSpaces();
            if (pos >= text.length() || peek() != ')') {
                pos = open;
                throw error("'(' is not closed");
            }
            pos++;
            return inner;
        }
        if (c == '1' && (pos + 1 >= text.length() || !Character.isDigit(text.charAt(pos + 1))
                && text.charAt(pos + 1) != '.')) {
            pos++;
            return new Product(1, Dimension.NONE);
        }
        if (!isNameStart(c)) {
            throw error("expected a unit name, found '" + c + "'");
        }
        int start = pos;
        while (pos < text.length() && isNamePart(peek())) {
            pos++;
        }
        String name = text.substring(start, pos);
        Unit unit = lookup.apply(name).orElseThrow(() -> new UnitException(
                "unknown unit '" + name + "' at position " + (start + 1) + " in '" + text + "'"));
        if (unit.offset() != 0) {
            throw new UnitException(name + " at position " + (start + 1) + " in '" + text
                    + "' is an absolute temperature with an offset and may only stand alone; use Δ" + name
                    + " for a temperature difference");
        }
        return new Product(unit.factor(), unit.dimension());
    }

    private double power() {
        skipSpaces();
        if (pos < text.length() && peek() == '(') {
            int open = pos;
            pos++;
            skipSpaces();
            long numerator = integer(true);
            skipSpaces();
            if (pos >= text.length() || peek() != '/') {
                throw error("expected '/' in a fractional power such as m^(1/2)");
            }
            pos++;
            skipSpaces();
            long denominator = integer(false);
            skipSpaces();
            if (pos >= text.length() || peek() != ')') {
                pos = open;
                throw error("'(' is not closed");
            }
            pos++;
            if (denominator == 0) {
                throw error("a power with denominator 0");
            }
            return (double) numerator / denominator;
        }
        int start = pos;
        if (pos < text.length() && (peek() == '-' || peek() == '+' || peek() == '−')) {
            pos++;
        }
        while (pos < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
            pos++;
        }
        String number = text.substring(start, pos).replace('−', '-');
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("expected a number after '^'");
        }
    }

    private long integer(boolean signed) {
        int start = pos;
        if (signed && pos < text.length() && (peek() == '-' || peek() == '+')) {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && Character.isDigit(peek())) {
            pos++;
        }
        if (pos == digits) {
            pos = start;
            throw error("expected an integer");
        }
        return Long.parseLong(text.substring(start, pos));
    }

    private double superscriptPower() {
        boolean negative = peek() == '⁻';
        if (negative) {
            pos++;
        }
        int start = pos;
        long value = 0;
        while (pos < text.length() && SUPERSCRIPT_DIGITS.indexOf(peek()) >= 0) {
            value = value * 10 + SUPERSCRIPT_DIGITS.indexOf(peek());
            pos++;
        }
        if (pos == start) {
            throw error("expected a superscript digit after '⁻'");
        }
        return negative ? -value : value;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '°' || c == '_' || c == 'Δ' || c == '\u00B5' || c == '\u2126'
                || c == 'Å';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || Character.isDigit(c);
    }

    private char peek() {
        return text.charAt(pos);
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    private UnitException error(String what) {
        return new UnitException(what + " at position " + (pos + 1) + " in '" + text + "'");
    }
}
