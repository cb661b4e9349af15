package org.primebatch.api;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a case names an input and writes a value, the one rule that case files, sweeps, name templates, the daemon and
 * the desktop client all follow: an alias starts with a letter or {@code _}, then letters, digits, {@code _},
 * {@code .} or a prime {@code '}; a column heading may give a unit ({@code L [m]}, {@code L (m)}); a number is a
 * decimal ({@code 2}, {@code -0.5}, {@code 1.5e3}, with a decimal comma {@code 1,5} where the file uses one); a cell
 * may give a number its own unit after a space ({@code 5000 mm}).
 */
public final class InputSyntax {
    public static final String ALIAS_RULE = "a name starting with a letter or _, then letters, digits, _, . or '";
    /** The forms of a case value in the protocol, for messages about one that is not. */
    public static final String VALUE_FORMS = "{\"value\": 5, \"unit\": \"m\"}, {\"value\": \"text\"} or "
            + "{\"value\": [[1, 2], [3, 4]], \"unit\": \"kN\"}";

    static final String ALIAS_REGEX = "[\\p{L}_][\\p{L}\\p{N}_.']*";
    private static final Pattern ALIAS = Pattern.compile(ALIAS_REGEX);
    private static final Pattern NUMBER = Pattern.compile(decimal("\\."));
    private static final Pattern COMMA_NUMBER = Pattern.compile(decimal(","));
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("(" + decimal("\\.") + ")\\s+(\\S.*)");
    private static final Pattern ANY_DECIMAL_WITH_UNIT = Pattern.compile("(" + decimal("[.,]") + ")\\s+(\\S.*)");
    private static final Pattern HEADING_WITH_UNIT = Pattern.compile("(.*?)\\s*(?:\\[([^\\[\\]]*)]|\\(([^()]*)\\))");

    private InputSyntax() {
    }

    /** The decimal number pattern with {@code point} as its decimal separator. */
    static String decimal(String point) {
        return "[+-]?(?:\\d+(?:" + point + "\\d*)?|" + point + "\\d+)(?:[eE][+-]?\\d+)?";
    }

    /** A column heading as alias and unit; the unit is null when the heading gives none. */
    public record Heading(String alias, String unit) {
    }

    public static boolean isAlias(String text) {
        return text != null && ALIAS.matcher(text).matches();
    }

    /** {@code L [m]} or {@code L (m)} as alias {@code L} and unit {@code m}; a heading without one has no unit. */
    public static Heading heading(String text) {
        String stripped = text.strip();
        Matcher matcher = HEADING_WITH_UNIT.matcher(stripped);
        if (matcher.matches()) {
            String unit = (matcher.group(2) != null ? matcher.group(2) : matcher.group(3)).strip();
            return new Heading(matcher.group(1).strip(), unit.isEmpty() ? null : unit);
        }
        return new Heading(stripped, null);
    }

    /** Whether people in {@code locale} write a decimal comma ({@code 8,5}), so that numbers they type may hold one. */
    public static boolean decimalComma(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
    }

    /** Whether {@code text} is a number, with a point, or with a comma too when {@code decimalComma}. */
    public static boolean isNumber(String text, boolean decimalComma) {
        return NUMBER.matcher(text).matches() || decimalComma && COMMA_NUMBER.matcher(text).matches();
    }

    /**
     * The number {@code text} writes, or null when it is not a number.
     *
     * @throws IllegalArgumentException for a number too large to hold ({@code 1e400})
     */
    public static Double number(String text, boolean decimalComma) {
        String stripped = text.strip();
        if (!isNumber(stripped, decimalComma)) {
            return null;
        }
        double value = Double.parseDouble(stripped.replace(',', '.'));
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("number out of range: \"" + (stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped) + "\"");
        }
        return value;
    }

    /** A number with its own unit after a space ({@code 5000 mm}), or null when {@code text} is not one. */
    public static CaseValue numberWithUnit(String text, boolean decimalComma) {
        Matcher matcher = (decimalComma ? ANY_DECIMAL_WITH_UNIT : NUMBER_WITH_UNIT).matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        Double number = number(matcher.group(1), decimalComma);
        return number == null ? null : CaseValue.of(number, matcher.group(2).strip());
    }
}
