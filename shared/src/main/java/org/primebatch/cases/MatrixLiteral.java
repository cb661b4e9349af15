package org.primebatch.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.primebatch.api.InputSyntax;

/**
 * A matrix as a person writes it in a cell: {@code [1, 2; 3, 4]}, rows split by {@code ;}, columns by {@code ,} or
 * spaces, elements in Java's decimal syntax. As JSON it is an array of rows.
 */
public final class MatrixLiteral {
    private static final Pattern COLUMN_SEPARATOR = Pattern.compile("[,\\s]+");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MatrixLiteral() {
    }

    /**
     * The rows of {@code text}, which starts with {@code [}.
     *
     * @throws IllegalArgumentException saying what is wrong: no closing bracket, an empty matrix or row, an element
     *                                  that is not a number, rows of different lengths
     */
    public static JsonNode parse(String text) {
        if (!text.endsWith("]")) {
            throw new IllegalArgumentException("matrix without closing ]: " + CellValues.quoted(text));
        }
        String inner = text.substring(1, text.length() - 1).strip();
        if (inner.isEmpty()) {
            throw new IllegalArgumentException("empty matrix");
        }
        ArrayNode rows = NODES.arrayNode();
        int width = -1;
        String[] rowTexts = inner.split(";", -1);
        for (int r = 0; r < rowTexts.length; r++) {
            String rowText = rowTexts[r].strip();
            if (rowText.isEmpty()) {
                throw new IllegalArgumentException("empty row " + (r + 1) + " in matrix " + CellValues.quoted(text));
            }
            ArrayNode row = rows.addArray();
            for (String element : COLUMN_SEPARATOR.split(rowText)) {
                if (!InputSyntax.isNumber(element, false)) {
                    throw new IllegalArgumentException("not a number in matrix: " + CellValues.quoted(element));
                }
                double value = Double.parseDouble(element);
                if (Double.isInfinite(value)) {
                    throw new IllegalArgumentException("number out of range: " + CellValues.quoted(element));
                }
                row.add(value);
            }
            if (width >= 0 && row.size() != width) {
                throw new IllegalArgumentException("ragged matrix: row " + (r + 1) + " has " + row.size()
                        + " values, row 1 has " + width);
            }
            width = row.size();
        }
        return rows;
    }

    /** {@code rows} written back as {@code [1, 2; 3, 4]}, each element by {@code element}. */
    public static String format(JsonNode rows, Function<JsonNode, String> element) {
        StringBuilder text = new StringBuilder("[");
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                text.append("; ");
            }
            JsonNode row = rows.get(r);
            if (row.isArray()) {
                for (int c = 0; c < row.size(); c++) {
                    text.append(c > 0 ? ", " : "").append(element.apply(row.get(c)));
                }
            } else {
                text.append(element.apply(row));
            }
        }
        return text.append(']').toString();
    }
}
