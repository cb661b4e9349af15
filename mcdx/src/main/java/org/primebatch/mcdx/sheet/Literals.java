package org.primebatch.mcdx.sheet;

import org.primebatch.mcdx.xml.Dom;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.primebatch.api.ValueKind;
import org.w3c.dom.Element;
import org.primebatch.mcdx.xml.McdxNamespaces;

/**
 * The value of a definition's right-hand side when it is a literal: a number ({@code real}, {@code neg}, simple
 * arithmetic of numbers), a string, a matrix of numbers (stored column by column), optionally times a unit
 * ({@code scale} or {@code mult} by a unit expression).
 */
final class Literals {
    private static final String ML = McdxNamespaces.MATH;
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private Literals() {
    }

    static ShownValue read(Element body) {
        if (Dom.is(body, ML, "eval")) {
            return Dom.firstChild(body).map(Literals::read).orElse(ShownValue.none("empty evaluation"));
        }
        if (Dom.is(body, ML, "str")) {
            return new ShownValue(ValueKind.STRING, JSON.textNode(body.getTextContent()), null, null);
        }
        if (Dom.is(body, ML, "matrix")) {
            return matrix(body).map(m -> new ShownValue(ValueKind.MATRIX, m, null, null))
                    .orElse(ShownValue.none("a matrix whose elements are not all numbers"));
        }
        Optional<JsonNode> number = numberNode(body);
        if (number.isPresent()) {
            return new ShownValue(ValueKind.REAL, number.get(), null, null);
        }
        if (Dom.is(body, ML, "apply")) {
            List<Element> parts = Dom.children(body);
            if (parts.size() == 3 && (Dom.is(parts.get(0), ML, "scale") || Dom.is(parts.get(0), ML, "mult"))) {
                Optional<String> unit = UnitText.ofExpression(parts.get(2));
                ShownValue magnitude = read(parts.get(1));
                if (unit.isPresent() && magnitude.value() != null && magnitude.unit() == null
                        && magnitude.kind() != ValueKind.STRING) {
                    return magnitude.withUnit(unit.get());
                }
            }
        }
        return ShownValue.none("not a literal value but an expression (" + body.getLocalName() + ")");
    }

    private static Optional<JsonNode> numberNode(Element e) {
        if (Dom.is(e, ML, "real")) {
            return Optional.of(decimal(e.getTextContent()));
        }
        return number(e).map(JSON::numberNode);
    }

    /** A number node that keeps the digits the file stores. */
    static JsonNode decimal(String text) {
        String t = text.strip();
        try {
            return JSON.numberNode(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return JSON.textNode(t);
        }
    }

    private static Optional<JsonNode> matrix(Element matrix) {
        Integer rows = Dom.intAttribute(matrix, "rows");
        Integer cols = Dom.intAttribute(matrix, "cols");
        List<Element> elements = Dom.children(matrix).stream().filter(e -> !Dom.is(e, ML, "display")).toList();
        if (rows == null || cols == null || rows < 0 || cols < 0 || (long) rows * cols != elements.size()) {
            return Optional.empty();
        }
        ArrayNode out = JSON.arrayNode(rows);
        for (int r = 0; r < rows; r++) {
            ArrayNode row = out.addArray();
            for (int c = 0; c < cols; c++) {
                Optional<JsonNode> value = numberNode(elements.get(c * rows + r));
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                row.add(value.get());
            }
        }
        return Optional.of(out);
    }

    /** The value of a constant arithmetic expression of reals, or empty when it involves anything else. */
    static Optional<Double> number(Element e) {
        if (Dom.is(e, ML, "real")) {
            try {
                return Optional.of(Double.parseDouble(e.getTextContent().strip()));
            } catch (NumberFormatException ex) {
                return Optional.empty();
            }
        }
        if (Dom.is(e, ML, "parens")) {
            return Dom.firstChild(e).flatMap(Literals::number);
        }
        if (!Dom.is(e, ML, "apply")) {
            return Optional.empty();
        }
        List<Element> parts = Dom.children(e);
        String operator = parts.isEmpty() ? "" : parts.get(0).getLocalName();
        if (parts.size() == 2 && operator.equals("neg")) {
            return number(parts.get(1)).map(x -> -x);
        }
        if (parts.size() != 3) {
            return Optional.empty();
        }
        Optional<Double> a = number(parts.get(1));
        Optional<Double> b = number(parts.get(2));
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        double x = a.get();
        double y = b.get();
        return switch (operator) {
            case "plus" -> Optional.of(x + y);
            case "minus" -> Optional.of(x - y);
            case "mult" -> Optional.of(x * y);
            case "div" -> Optional.of(x / y);
            case "pow" -> Optional.of(Math.pow(x, y));
            default -> Optional.empty();
        };
    }

    /** A number as short text: {@code 2} rather than {@code 2.0}. */
    static String plain(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
