package org.primebatch.mcdx.math;

import org.primebatch.mcdx.xml.Dom;
import java.util.List;
import java.util.Locale;
import org.primebatch.mcdx.units.Unit;
import org.primebatch.mcdx.units.Units;
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

    /** The key under which a unit defined in the worksheet ({@code kJ := 1000 J} with a UNIT label) is bound. */
    static String definedUnitKey(String name) {
        return "unit " + name;
    }

    /** The display unit in an {@code ml:unitOverride}, or null for a placeholder. */
    static DisplayUnit displayUnit(Element override, Scope scope) {
        List<Element> children = Dom.children(override);
        if (children.isEmpty() || Dom.hasName(children.get(0), "placeholder")) {
            return null;
        }
        Element expression = children.get(0);
        if (Dom.hasName(expression, "id")) {
            Unit unit = unit(unitName(expression, scope));
            return new DisplayUnit(unit.name(), unit.factor(), unit.offset(), unit.dimension());
        }
        StringBuilder text = new StringBuilder();
        Scalar one = evaluate(expression, text, scope);
        return new DisplayUnit(text.toString(), one.si(), 0, one.dimension());
    }

    /**
     * The built-in unit an id of a display unit names. Mathcad may leave its label open ({@code *}); such an id is
     * a unit only when no variable of that name is defined above. Units defined in the worksheet are not followed.
     */
    private static String unitName(Element id, Scope scope) {
        String name = Names.of(id);
        String label = id.getAttribute("labels");
        if (scope.resolve(definedUnitKey(name)) != null) {
            throw new Unsupported("a display unit using the unit " + name + " defined in the worksheet");
        }
        boolean open = label.isEmpty() || "*".equals(label);
        if (!"UNIT".equals(label) && !(open && scope.resolve(name) == null && Units.byName(name).isPresent())) {
            throw new Unsupported("a display unit that is not built from units");
        }
        return name;
    }

    private static Scalar evaluate(Element e, StringBuilder text, Scope scope) {
        String name = Dom.name(e);
        switch (name) {
            case "id" -> {
                String unit = unitName(e, scope);
                text.append(unit);
                return value(unit);
            }
            case "real" -> {
                text.append(e.getTextContent());
                return Scalar.of(RealLiteral.of(e));
            }
            case "parens" -> {
                text.append('(');
                Scalar inner = evaluate(Dom.children(e).get(0), text, scope);
                text.append(')');
                return inner;
            }
            case "apply" -> {
                List<Element> parts = Dom.children(e);
                String operator = Dom.name(parts.get(0));
                if (parts.size() != 3) {
                    break;
                }
                Scalar left = evaluate(parts.get(1), text, scope);
                text.append(switch (operator) {
                    case "mult", "scale" -> "·";
                    case "div" -> "/";
                    case "pow" -> "^";
                    default -> throw new Unsupported("a display unit using " + operator);
                });
                Scalar right = evaluate(parts.get(2), text, scope);
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
