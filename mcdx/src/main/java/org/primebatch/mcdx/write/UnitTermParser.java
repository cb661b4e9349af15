package org.primebatch.mcdx.write;

import org.primebatch.mcdx.units.Unit;
import org.primebatch.mcdx.units.UnitException;
import org.primebatch.mcdx.units.UnitExpression;
import org.primebatch.mcdx.units.Units;

/**
 * Turns a unit string into a {@link UnitTerm}. The string is first checked by {@link Units#parse}, whose grammar
 * and error messages this follows; the tree keeps what was typed (operators, powers, parentheses) so that the
 * worksheet shows the unit as the user wrote it. Unit names come out as the unit table spells them.
 */
final class UnitTermParser {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final String text;
    private int pos;

    private UnitTermParser(String text) {
        this.text = text;
    }

    /** The checked unit and its tree; throws {@link UnitException} for a unit string that does not parse. */
    static Parsed parse(String unitText) {
        UnitExpression checked = Units.parse(unitText);
        String text = unitText.strip();
        Unit alone = Units.byName(text).orElse(null);
        if (alone != null) {
            return new Parsed(checked, new UnitTerm.Named(alone.name()));
        }
        UnitTermParser parser = new UnitTermParser(text);
        UnitTerm term = parser.expression();
        if (parser.pos < text.length()) {
            throw new UnitException("unexpected '" + text.charAt(parser.pos) + "' at position " + (parser.pos + 1)
                    + " in '" + text + "'");
        }
        return new Parsed(checked, term);
    }

    record Parsed(UnitExpression unit, UnitTerm term) {
    }

    private UnitTerm expression() {
        UnitTerm result = term();
        while (true) {
            int spaceStart = pos;
            skipSpaces();
            if (pos >= text.length() || peek() == ')') {
                return result;
            }
            char c = peek();
            if (c == '*' || c == '·' || c == '⋅' || c == '/') {
                pos++;
                skipSpaces();
                result = new UnitTerm.Binary(c == '/' ? '/' : '*', result, term());
            } else if (pos > spaceStart) {
                result = new UnitTerm.Binary('*', result, term());
            } else {
                throw new UnitException("unexpected '" + c + "' at position " + (pos + 1) + " in '" + text + "'");
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
        char c = peek();
        if (c == '(') {
            pos++;
            skipSpaces();
            UnitTerm inner = expression();
            skipSpaces();
            pos++;
            return new UnitTerm.Group(inner);
        }
        if (c == '1' && (pos + 1 >= text.length() || !Character.isDigit(text.charAt(pos + 1))
                && text.charAt(pos + 1) != '.')) {
            pos++;
            return new UnitTerm.One();
        }
        int start = pos;
        while (pos < text.length() && isNamePart(peek())) {
            pos++;
        }
        String name = text.substring(start, pos);
        return new UnitTerm.Named(Units.byName(name).map(Unit::name)
                .orElseThrow(() -> new UnitException("unknown unit '" + name + "' in '" + text + "'")));
    }

    private UnitTerm power(UnitTerm base) {
        skipSpaces();
        if (peek() == '(') {
            pos++;
            skipSpaces();
            long numerator = integer();
            skipSpaces();
            pos++;
            skipSpaces();
            long denominator = integer();
            skipSpaces();
            pos++;
            return new UnitTerm.Power(base, (double) numerator / denominator, numerator, denominator, true);
        }
        int start = pos;
        if (pos < text.length() && (peek() == '-' || peek() == '+' || peek() == '−')) {
            pos++;
        }
        while (pos < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
            pos++;
        }
        double power = Double.parseDouble(text.substring(start, pos).replace('−', '-'));
        return new UnitTerm.Power(base, power, 0, 1, false);
    }

    private long integer() {
        int start = pos;
        if (peek() == '-' || peek() == '+') {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(peek())) {
            pos++;
        }
        return Long.parseLong(text.substring(start, pos));
    }

    private long superscriptPower() {
        boolean negative = peek() == '⁻';
        if (negative) {
            pos++;
        }
        long value = 0;
        while (pos < text.length() && SUPERSCRIPT_DIGITS.indexOf(peek()) >= 0) {
            value = value * 10 + SUPERSCRIPT_DIGITS.indexOf(peek());
            pos++;
        }
        return negative ? -value : value;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetter(c) || c == '°' || c == '_' || c == 'Δ' || c == '\u00B5' || c == '\u2126' || c == 'Å'
                || Character.isDigit(c);
    }

    private char peek() {
        if (pos >= text.length()) {
            throw new UnitException("a unit is missing at the end of '" + text + "'");
        }
        return text.charAt(pos);
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
