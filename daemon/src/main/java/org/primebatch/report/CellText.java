package org.primebatch.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.primebatch.api.CaseValue;
import org.primebatch.cases.MatrixLiteral;

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
            return MatrixLiteral.format(node, CellText::of);
        }
        if (node.isNumber()) {
            return number(node);
        }
        return node.isNull() ? "" : node.asText();
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
