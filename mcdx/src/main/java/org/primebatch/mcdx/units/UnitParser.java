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
 * for differences. The tree keeps what was typed; unit names in it are the units the lookup found.
 */
final class UnitParser {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final Function<String, Optional<Unit>> lookup;
    private final String text;
    private int pos;

    private UnitParser(Function<String, Optional<Unit>> lookup, String text) {
        this.lookup = lookup;
        this.text = text;
    }

    /**
     * The unit string as a tree, a name the lookup knows as a whole standing alone (even °C); {@code input} is not
     * blank.
     *
     * @throws UnitException naming the bad token and its position (1-based)
     */
    static UnitTerm term(String input, Function<String, Optional<Unit>> lookup) {
        String text = input.strip();
        Unit alone = lookup.apply(text).orElse(null);
        if (alone != null) {
            return new UnitTerm.Named(alone);
        }
        UnitParser parser = new UnitParser(lookup, text);
        UnitTerm result = parser.expression();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.pos) + "'");
        }
        return result;
    }

    /** The unit string as a unit; blank or null is dimensionless with factor 1. */
    static UnitExpression expression(String input, Function<String, Optional<Unit>> lookup) {
        if (input == null || input.isBlank()) {
            return UnitExpression.DIMENSIONLESS;
        }
        return UnitExpression.typed(input.strip(), term(input, lookup));
    }

    private UnitTerm expression() {
        UnitTerm result = term();
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
                result = new UnitTerm.Binary('*', result, term());
            } else if (c == '/') {
                pos++;
                skipSpaces();
                result = new UnitTerm.Binary('/', result, term());
                afterDivision = true;
            } else if (pos > spaceStart) {
                if (afterDivision) {
                    throw error("ambiguous product after '/': write J/(mol*K) or J/mol*K, not J/mol K");
                }
                result = new UnitTerm.Binary('*', result, term());
            } else {
                throw error("unexpected '" + c + "'");
            }
        }
    }

    private UnitTerm term() {
        UnitTerm base = primary();
        if (pos < text.length() && (SUPERSCRIPT_DIGITS.indexOf(peek()) >= 0 || peek() == '⁻')) {
            long power = superscriptPower();
            return new UnitTerm.Power(base, power, power, 1, false);
        }
        if (pos < text.length() && peek() == '^') {
            pos++;
            return power(base);
        }
        return base;
    }

    private UnitTerm primary() {
        if (pos >= text.length()) {
            throw error("a unit is missing at the end");
        }
        char c = peek();
        if (c == '(') {
            int open = pos;
            pos++;
            skipSpaces();
            UnitTerm inner = expression();
            skipSpaces();
            if (pos >= text.length() || peek() != ')') {
                pos = open;
                throw error("'(' is not closed");
            }
            pos++;
            return new UnitTerm.Group(inner);
        }
        if (c == '1' && (pos + 1 >= text.length() || !Character.isDigit(text.charAt(pos + 1))
                && text.charAt(pos + 1) != '.')) {
            pos++;
            return new UnitTerm.One();
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
        return new UnitTerm.Named(unit);
    }

    private UnitTerm power(UnitTerm base) {
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
            return new UnitTerm.Power(base, (double) numerator / denominator, numerator, denominator, true);
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
            return new UnitTerm.Power(base, Double.parseDouble(number), 0, 1, false);
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

    private long superscriptPower() {
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
