package org.primebatch.mcdx.sheet;

import org.primebatch.mcdx.xml.Dom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.primebatch.mcdx.syntax.MathExpr;
import org.primebatch.mcdx.syntax.MathParser;
import org.primebatch.mcdx.syntax.Operator;
import org.primebatch.mcdx.xml.McdxNamespaces;

/**
 * Units as text: a unit expression of worksheet.xml as typed ({@code kN*m}, {@code m/s^2}) and a stored
 * {@code u:unitMonomial} as the product of its named units ({@code newton·meter^-1}).
 */
public final class UnitText {

    private UnitText() {
    }

    /** The text of a unit expression (UNIT ids combined by mult, div, pow, parens), or empty when it is something else. */
    public static Optional<String> ofExpression(Element e) {
        return ofExpression(MathParser.parse(e));
    }

    /** The same for a unit expression read into a syntax tree. */
    public static Optional<String> ofExpression(MathExpr e) {
        if (e instanceof MathExpr.Ident id) {
            return Optional.of(id.name());
        }
        if (e instanceof MathExpr.Parens p) {
            return ofExpression(p.inner()).map(t -> "(" + t + ")");
        }
        if (!(e instanceof MathExpr.Operation o) || o.operands().size() != 2) {
            return Optional.empty();
        }
        Optional<String> left = ofExpression(o.operands().get(0));
        Optional<String> right = o.is(Operator.POW) ? Literals.number(o.operands().get(1)).map(Literals::plain)
                : ofExpression(o.operands().get(1));
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        return switch (o.operator()) {
            case MULT, SCALE -> Optional.of(left.get() + "*" + right.get());
            case DIV -> Optional.of(left.get() + "/" + right.get());
            case POW -> Optional.of(left.get() + "^" + right.get());
            default -> Optional.empty();
        };
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
