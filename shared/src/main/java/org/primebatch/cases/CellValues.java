package org.primebatch.cases;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.primebatch.api.CaseValue;
import org.primebatch.api.InputSyntax;

/**
 * Turns one non-empty cell into a value: a number (in the column's unit, or in its own: {@code 5000 mm}), a matrix
 * {@code [1, 2; 3, 4]} or else a string, as {@link InputSyntax} writes them; with a decimal comma a {@code ,} may
 * stand for the point. Matrix elements always use {@code .} because {@code ,} separates their columns. Workbook cells
 * come typed: their numbers are numbers and their text is a matrix or a string, never a number.
 */
final class CellValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final boolean decimalComma;

    CellValues(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    /** @throws IllegalArgumentException with the message of the problem */
    CaseValue parse(String cell, Column column) {
        String text = cell.strip();
        if (text.startsWith("[")) {
            return new CaseValue(MatrixLiteral.parse(text), column.unit());
        }
        Double number = number(text);
        if (number != null) {
            return new CaseValue(NODES.numberNode(number), column.unit());
        }
        CaseValue withUnit = numberWithUnit(text);
        if (withUnit != null) {
            return withUnit;
        }
        if (column.unit() != null) {
            throw new IllegalArgumentException("not a number: " + quoted(text));
        }
        return CaseValue.of(text);
    }

    /** A workbook's text cell: a matrix literal, else a string even when it looks like a number. */
    CaseValue parseText(String cell, Column column) {
        String text = cell.strip();
        if (text.startsWith("[")) {
            return new CaseValue(MatrixLiteral.parse(text), column.unit());
        }
        if (column.unit() != null) {
            String hint = InputSyntax.isNumber(text, false) ? " (the cell is text; enter it as a number)" : "";
            throw new IllegalArgumentException("not a number: " + quoted(text) + hint);
        }
        return CaseValue.of(text);
    }

    /** A workbook's number cell. */
    CaseValue number(double value, Column column) {
        return new CaseValue(NODES.numberNode(finite(value, String.valueOf(value))), column.unit());
    }

    private Double number(String text) {
        return startsLikeANumber(text) ? InputSyntax.number(text, decimalComma) : null;
    }

    private CaseValue numberWithUnit(String text) {
        return startsLikeANumber(text) ? InputSyntax.numberWithUnit(text, decimalComma) : null;
    }

    private static boolean startsLikeANumber(String text) {
        char first = text.charAt(0);
        return first >= '0' && first <= '9' || first == '+' || first == '-' || first == '.' || first == ',';
    }

    private static double finite(double value, String text) {
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("number out of range: " + quoted(text));
        }
        return value;
    }

    static String quoted(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return "\"" + shown + "\"";
    }
}
