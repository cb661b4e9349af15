package org.primebatch.mcdx.math;

import java.util.List;
import java.util.Locale;
import org.primebatch.mcdx.units.Unit;
import org.primebatch.mcdx.units.Units;
import org.primebatch.mcdx.syntax.MathExpr;

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

    /** The display unit an evaluation's unit slot holds, or null for an empty slot. */
    static DisplayUnit displayUnit(MathExpr expression, Scope scope) {
        if (expression instanceof MathExpr.Placeholder) {
            return null;
        }
        if (expression instanceof MathExpr.Ident id) {
            Unit unit = unit(unitName(id, scope));
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
    private static String unitName(MathExpr.Ident id, Scope scope) {
        String name = id.name();
        if (scope.resolve(definedUnitKey(name)) != null) {
            throw new Unsupported("a display unit using the unit " + name + " defined in the worksheet");
        }
        if (!id.isUnit() && !(id.isOpen() && scope.resolve(name) == null && Units.byName(name).isPresent())) {
            throw new Unsupported("a display unit that is not built from units");
        }
        return name;
    }

    private static Scalar evaluate(MathExpr e, StringBuilder text, Scope scope) {
        if (e instanceof MathExpr.Ident id) {
            String unit = unitName(id, scope);
            text.append(unit);
            return value(unit);
        }
        if (e instanceof MathExpr.Num n) {
            text.append(n.text());
            return Scalar.of(RealLiteral.of(n));
        }
        if (e instanceof MathExpr.Parens p) {
            text.append('(');
            Scalar inner = evaluate(p.inner(), text, scope);
            text.append(')');
            return inner;
        }
        if (e instanceof MathExpr.Operation o && o.operands().size() == 2) {
            Scalar left = evaluate(o.operands().get(0), text, scope);
            text.append(switch (o.operator()) {
                case MULT, SCALE -> "·";
                case DIV -> "/";
                case POW -> "^";
                default -> throw new Unsupported("a display unit using " + o.name());
            });
            Scalar right = evaluate(o.operands().get(1), text, scope);
            return switch (o.operator()) {
                case MULT, SCALE -> new Scalar(left.si() * right.si(), left.dimension().times(right.dimension()));
                case DIV -> new Scalar(left.si() / right.si(), left.dimension().over(right.dimension()));
                default -> {
                    double power = right.number("unit power");
                    yield new Scalar(Math.pow(left.si(), power), left.dimension().pow(power));
                }
            };
        }
        throw new Unsupported("a display unit written as " + e.element().toLowerCase(Locale.ROOT));
    }
}
