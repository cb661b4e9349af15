package org.primebatch.swing.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.primebatch.api.CaseValue;
import org.primebatch.api.InputSyntax;
import org.primebatch.cases.MatrixLiteral;
import org.primebatch.api.ValueKind;

/**
 * The text of one grid cell as a case value. A number takes the column's unit, or its own when the cell says one
 * ({@code 6 m}); a matrix is written {@code [1, 2; 3, 4]}; anything else is a string. A cell of a string input is
 * always a string. Text that does not fit the input's kind is sent as it is, so the daemon names the problem.
 */
public final class CellText {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,15}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CellText() {
    }

    /** The value of a non-blank cell; {@code unit} is the column's (null or blank for none); numbers with a decimal point. */
    public static CaseValue value(String text, String unit, ValueKind kind) {
        return value(text, unit, kind, false);
    }

    /**
     * The value of a non-blank cell; {@code unit} is the column's (null or blank for none). With {@code decimalComma}
     * a number may be written {@code 8,5} as well as {@code 8.5}.
     */
    public static CaseValue value(String text, String unit, ValueKind kind, boolean decimalComma) {
        String cell = text.strip();
        String columnUnit = unit == null || unit.isBlank() ? null : unit.strip();
        if (kind == ValueKind.STRING) {
            return CaseValue.of(cell);
        }
        try {
            if (InputSyntax.isNumber(cell, decimalComma)) {
                return new CaseValue(number(cell, decimalComma), columnUnit);
            }
            CaseValue withUnit = InputSyntax.numberWithUnit(cell, decimalComma);
            if (withUnit != null) {
                // the number as typed, so that a whole one stays whole
                return new CaseValue(number(cell.split("\\s+", 2)[0], decimalComma), withUnit.unit());
            }
        } catch (IllegalArgumentException outOfRange) {
            return CaseValue.of(cell); // sent as it is: the daemon names the problem on its cell
        }
        if (cell.startsWith("[")) {
            try {
                return new CaseValue(MatrixLiteral.parse(cell), columnUnit);
            } catch (IllegalArgumentException e) {
                return CaseValue.of(cell); // sent as it is: the daemon names the problem on its cell
            }
        }
        return CaseValue.of(cell);
    }

    /** How a case value reads in a cell whose column has {@code columnUnit}: the unit only when it differs. */
    public static String text(CaseValue value, String columnUnit) {
        JsonNode node = value.value();
        String text = node.isNumber() ? plain(node) : node.isTextual() ? node.asText() : MatrixLiteral.format(node, CellText::plain);
        if (value.unit() == null || value.unit().equals(columnUnit)) {
            return text;
        }
        return text + " " + value.unit();
    }

    /** A number as a person types it: {@code 2}, {@code 0.1}, {@code 1500}, never {@code 2.0} or {@code 1.5E3}. */
    static String plain(JsonNode number) {
        if (number.isIntegralNumber()) {
            return number.asText();
        }
        double value = number.asDouble();
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return value == 0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Whole numbers stay whole, so that {@code {L}} in a name template reads {@code 6}, not {@code 6.0}. */
    private static JsonNode number(String text, boolean decimalComma) {
        if (INTEGER.matcher(text).matches()) {
            return NODES.numberNode(Long.parseLong(text));
        }
        return NODES.numberNode(InputSyntax.number(text, decimalComma));
    }
}
