package org.primebatch.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.primebatch.api.CaseValue;

/** How a value reads in one spreadsheet cell: numbers plainly, matrices as {@code [1, 2; 3, 4]}, strings as they are. */
final class CellText {
    private CellText() {
    }

    /** The value, followed by its unit unless the column's header already names {@code columnUnit}. */
    static String of(CaseValue value, String columnUnit) {
        if (value == null) {
            return "";
        }
        String text = of(value.value());
        boolean unitInHeader = value.unit() == null || value.unit().equals(columnUnit);
        return unitInHeader ? text : text + " " + value.unit();
    }

    static String of(JsonNode node) {
        if (node.isArray()) {
            return matrix(node);
        }
        if (node.isNumber()) {
            return number(node);
        }
        return node.isNull() ? "" : node.asText();
    }

    private static String matrix(JsonNode rows) {
        StringBuilder text = new StringBuilder("[");
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                text.append("; ");
            }
            JsonNode row = rows.get(r);
            if (row.isArray()) {
                for (int c = 0; c < row.size(); c++) {
                    text.append(c > 0 ? ", " : "").append(of(row.get(c)));
                }
            } else {
                text.append(of(row));
            }
        }
        return text.append(']').toString();
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.asText();
        }
        double value = node.doubleValue();
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
