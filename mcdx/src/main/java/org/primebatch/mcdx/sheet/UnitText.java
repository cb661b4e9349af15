package org.primebatch.mcdx.sheet;

import org.primebatch.mcdx.syntax.IdentifierNames;
import org.primebatch.mcdx.xml.Dom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.primebatch.mcdx.xml.McdxNamespaces;

/**
 * Units as text: a unit expression of worksheet.xml as typed ({@code kN*m}, {@code m/s^2}) and a stored
 * {@code u:unitMonomial} as the product of its named units ({@code newton·meter^-1}).
 */
public final class UnitText {
    private static final String ML = McdxNamespaces.MATH;

    private UnitText() {
    }

    /** The text of a unit expression (UNIT ids combined by mult, div, pow, parens), or empty when it is something else. */
    public static Optional<String> ofExpression(Element e) {
        if (Dom.is(e, ML, "id")) {
            return Optional.of(IdentifierNames.of(e));
        }
        if (Dom.is(e, ML, "parens")) {
            return Dom.firstChild(e).flatMap(UnitText::ofExpression).map(t -> "(" + t + ")");
        }
        if (!Dom.is(e, ML, "apply")) {
            return Optional.empty();
        }
        List<Element> parts = Dom.children(e);
        if (parts.size() != 3) {
            return Optional.empty();
        }
        String operator = parts.get(0).getLocalName();
        Optional<String> left = ofExpression(parts.get(1));
        Optional<String> right = operator.equals("pow") ? exponent(parts.get(2)) : ofExpression(parts.get(2));
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        return switch (operator) {
            case "mult", "scale" -> Optional.of(left.get() + "*" + right.get());
            case "div" -> Optional.of(left.get() + "/" + right.get());
            case "pow" -> Optional.of(left.get() + "^" + right.get());
            default -> Optional.empty();
        };
    }

    private static Optional<String> exponent(Element e) {
        return Literals.number(e).map(Literals::plain);
    }

    /** The text of a {@code u:unitMonomial}: {@code newton·meter^-1}, {@code meter^(1/2)}; empty for none. */
    public static String ofMonomial(Element monomial) {
        List<String> factors = new ArrayList<>();
        for (Element ref : Dom.children(monomial, McdxNamespaces.UNITS, "unitReference")) {
            String unit = Dom.attribute(ref, "unit");
            if (unit == null) {
                continue;
            }
            Integer numerator = Dom.intAttribute(ref, "power-numerator");
            Integer denominator = Dom.intAttribute(ref, "power-denominator");
            int n = numerator == null ? 1 : numerator;
            int d = denominator == null || denominator == 0 ? 1 : denominator;
            if (n == 0) {
                continue;
            }
            factors.add(d == 1 ? (n == 1 ? unit : unit + "^" + n) : unit + "^(" + n + "/" + d + ")");
        }
        return String.join("·", factors);
    }
}
