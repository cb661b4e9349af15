package org.primebatch.engine.mcdx.math;

import java.util.List;
import java.util.Locale;
import org.primebatch.engine.mcdx.units.Unit;
import org.primebatch.engine.mcdx.units.Units;
import org.w3c.dom.Element;

/** Units named in math: UNIT ids as values, and the unit expression of an evaluation's display unit. */
final class UnitExpressions {
    private UnitExpressions() {
    }

    static Unit unit(String name) {
        return Units.byName(name).orElseThrow(() -> new Unsupported("unknown unit " + name));
    }

    /** A UNIT id inside an expression: one of it, in SI. Offset temperatures only make sense scaling a number. */
    static Scalar value(String name) {
        Unit unit = unit(name);
        if (unit.offset() != 0) {
            throw new Unsupported("the offset unit " + name + " used other than to scale a number");
        }
        return new Scalar(unit.factor(), unit.dimension());
    }

    /** The display unit in an {@code ml:unitOverride}, or null for a placeholder. */
    static DisplayUnit displayUnit(Element override) {
        List<Element> children = Xml.children(override);
        if (children.isEmpty() || Xml.is(children.get(0), "placeholder")) {
            return null;
        }
        Element expression = children.get(0);
        if (Xml.is(expression, "id") && "UNIT".equals(expression.getAttribute("labels"))) {
            Unit unit = unit(Names.of(expression));
            return new DisplayUnit(unit.name(), unit.factor(), unit.offset(), unit.dimension());
        }
        StringBuilder text = new StringBuilder();
        Scalar one = evaluate(expression, text);
        return new DisplayUnit(text.toString(), one.si(), 0, one.dimension());
    }

    private static Scalar evaluate(Element e, StringBuilder text) {
        String name = Xml.name(e);
        switch (name) {
            case "id" -> {
                if (!"UNIT".equals(e.getAttribute("labels"))) {
                    throw new Unsupported("a display unit that is not built from units");
                }
                text.append(Names.of(e));
                return value(Names.of(e));
            }
            case "real" -> {
                text.append(Xml.text(e));
                return Scalar.of(Xml.real(e));
            }
            case "parens" -> {
                text.append('(');
                Scalar inner = evaluate(Xml.children(e).get(0), text);
                text.append(')');
                return inner;
            }
            case "apply" -> {
                List<Element> parts = Xml.children(e);
                String operator = Xml.name(parts.get(0));
                if (parts.size() != 3) {
                    break;
                }
                Scalar left = evaluate(parts.get(1), text);
                text.append(switch (operator) {
                    case "mult", "scale" -> "·";
                    case "div" -> "/";
                    case "pow" -> "^";
                    default -> throw new Unsupported("a display unit using " + operator);
                });
                Scalar right = evaluate(parts.get(2), text);
                return switch (operator) {
                    case "mult", "scale" -> new Scalar(left.si() * right.si(), left.dimension().times(right.dimension()));
                    case "div" -> new Scalar(left.si() / right.si(), left.dimension().over(right.dimension()));
                    default -> {
                        double power = right.number("unit power");
                        yield new Scalar(Math.pow(left.si(), power), left.dimension().pow(power));
                    }
                };
            }
            default -> {
            }
        }
        throw new Unsupported("a display unit written as " + name.toLowerCase(Locale.ROOT));
    }
}
