package org.primebatch.cases;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.regex.Pattern;
import org.primebatch.api.CaseValue;

/**
 * Turns one non-empty cell into a value: a number, a matrix {@code [1, 2; 3, 4]} or else a string. Numbers follow
 * Java's decimal syntax; with a decimal comma a {@code ,} may stand for the point. Matrix elements always use
 * {@code .} because {@code ,} separates their columns. Workbook cells come typed: their numbers are numbers and their
 * text is a matrix or a string, never a number.
 */
final class CellValues {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern COMMA_NUMBER = Pattern.compile("[+-]?(?:\\d+(?:,\\d*)?|,\\d+)(?:[eE][+-]?\\d+)?");
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
            String hint = NUMBER.matcher(text).matches() ? " (the cell is text; enter it as a number)" : "";
            throw new IllegalArgumentException("not a number: " + quoted(text) + hint);
        }
        return CaseValue.of(text);
    }

    /** A workbook's number cell. */
    CaseValue number(double value, Column column) {
        return new CaseValue(NODES.numberNode(finite(value, String.valueOf(value))), column.unit());
    }

    private Double number(String text) {
        char first = text.charAt(0);
        if (!(first >= '0' && first <= '9') && first != '+' && first != '-' && first != '.' && first != ',') {
            return null;
        }
        if (NUMBER.matcher(text).matches()) {
            return finite(Double.parseDouble(text), text);
        }
        if (decimalComma && COMMA_NUMBER.matcher(text).matches()) {
            return finite(Double.parseDouble(text.replace(',', '.')), text);
        }
        return null;
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
