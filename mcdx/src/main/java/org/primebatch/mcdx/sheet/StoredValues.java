package org.primebatch.mcdx.sheet;

import org.primebatch.mcdx.xml.Dom;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.primebatch.api.ValueKind;
import org.w3c.dom.Element;
import org.primebatch.mcdx.xml.McdxNamespaces;

/**
 * The value of a stored result ({@code <ml:result>}) for showing. A bare number is in the display unit of the
 * evaluation's unit override when it has one (else dimensionless); a {@code unitedValue} carries a unit monomial
 * in base units, or the part of the unit the display unit leaves over.
 */
final class StoredValues {
    private static final String ML = McdxNamespaces.MATH;
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private StoredValues() {
    }

    /** {@code displayUnit} is the text of the evaluation's unit override, or null when it has none. */
    static ShownValue read(Element result, String displayUnit) {
        Element value = Dom.firstChild(result).orElse(null);
        if (value == null) {
            return ShownValue.none("no value stored");
        }
        Optional<Valued> read = valued(value);
        if (read.isEmpty()) {
            return ShownValue.none("a stored " + value.getLocalName() + " cannot be shown");
        }
        Valued v = read.get();
        return new ShownValue(v.kind, v.value, null, null).withUnit(joined(displayUnit, v.unit));
    }

    private record Valued(ValueKind kind, JsonNode value, String unit) {
    }

    private static Optional<Valued> valued(Element e) {
        if (Dom.is(e, ML, "real")) {
            return Optional.of(new Valued(ValueKind.REAL, Literals.decimal(e.getTextContent()), null));
        }
        if (Dom.is(e, ML, "str")) {
            return Optional.of(new Valued(ValueKind.STRING, JSON.textNode(e.getTextContent()), null));
        }
        if (Dom.is(e, ML, "unitedValue")) {
            Element magnitude = Dom.firstChildIn(e, ML).orElse(null);
            String unit = Dom.child(e, McdxNamespaces.UNITS, "unitMonomial").map(UnitText::ofMonomial).orElse(null);
            if (magnitude == null) {
                return Optional.empty();
            }
            return valued(magnitude).filter(v -> v.unit == null).map(v -> new Valued(v.kind, v.value, blankToNull(unit)));
        }
        if (Dom.is(e, ML, "matrix")) {
            return matrix(e);
        }
        return Optional.empty();
    }

    /** A matrix of numbers; elements with units of their own are shown as text when they do not share one unit. */
    private static Optional<Valued> matrix(Element matrix) {
        Integer rows = Dom.intAttribute(matrix, "rows");
        Integer cols = Dom.intAttribute(matrix, "cols");
        List<Element> elements = Dom.children(matrix).stream().filter(x -> !Dom.is(x, ML, "display")).toList();
        if (rows == null || cols == null || rows < 0 || cols < 0 || (long) rows * cols != elements.size()) {
            return Optional.empty();
        }
        List<Valued> values = new ArrayList<>();
        for (Element element : elements) {
            Optional<Valued> v = valued(element).filter(x -> x.kind != ValueKind.MATRIX);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            values.add(v.get());
        }
        boolean oneUnit = values.stream().map(Valued::unit).distinct().count() <= 1;
        ArrayNode out = JSON.arrayNode(rows);
        for (int r = 0; r < rows; r++) {
            ArrayNode row = out.addArray();
            for (int c = 0; c < cols; c++) {
                Valued v = values.get(c * rows + r);
                row.add(oneUnit || v.unit == null ? v.value : JSON.textNode(v.value.asText() + " " + v.unit));
            }
        }
        String unit = oneUnit && !values.isEmpty() ? values.get(0).unit : null;
        return Optional.of(new Valued(ValueKind.MATRIX, out, unit));
    }

    private static String joined(String displayUnit, String leftover) {
        if (displayUnit == null) {
            return leftover;
        }
        return leftover == null ? displayUnit : displayUnit + "·" + leftover;
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
