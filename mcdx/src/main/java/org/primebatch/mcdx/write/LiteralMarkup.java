package org.primebatch.mcdx.write;

import java.util.ArrayList;
import java.util.List;
import org.primebatch.mcdx.units.UnitTerm;

/**
 * An input value written as Mathcad writes a typed literal: {@code <ml:real>-500</ml:real>} (the sign inside the
 * number), {@code <ml:str>}, {@code <ml:matrix>} column by column, and a unit as UNIT ids joined by mult, div and
 * pow. A number times a unit is {@code scale(number, unit)}, except that a product of units is written the way
 * Mathcad stores {@code 530 kN·m}: {@code mult(scale(530, kN), m)}.
 */
final class LiteralMarkup {
    private final MathMarkup ml;

    LiteralMarkup(MathMarkup ml) {
        this.ml = ml;
    }

    /** {@code unit} is the parsed unit string of the value, null when it has none. */
    String of(InputValue value, UnitTerm unit, String what) {
        if (value instanceof InputValue.Number n) {
            return withUnit(ml.real(NumberText.literal(n.value())), unit);
        }
        if (value instanceof InputValue.NumberMatrix m) {
            return withUnit(matrix(m), unit);
        }
        return ml.str(((InputValue.Str) value).text(), what);
    }

    private String matrix(InputValue.NumberMatrix m) {
        List<String> elements = new ArrayList<>();
        for (double x : m.columnMajor()) {
            elements.add(ml.real(NumberText.literal(x)));
        }
        return ml.matrix(m.rowCount(), m.columnCount(), elements);
    }

    private String withUnit(String magnitude, UnitTerm unit) {
        if (unit == null) {
            return magnitude;
        }
        if (unit instanceof UnitTerm.Binary b && b.operator() == '*') {
            return ml.apply("mult", withUnit(magnitude, b.left()), unit(b.right()));
        }
        return ml.apply("scale", magnitude, unit(unit));
    }

    String unit(UnitTerm term) {
        if (term instanceof UnitTerm.Named n) {
            return ml.unitId(n.name());
        }
        if (term instanceof UnitTerm.Binary b) {
            return ml.apply(b.operator() == '/' ? "div" : "mult", unit(b.left()), unit(b.right()));
        }
        if (term instanceof UnitTerm.Group g) {
            return ml.parens(unit(g.inner()));
        }
        if (term instanceof UnitTerm.Power p) {
            return ml.apply("pow", unit(p.base()), power(p));
        }
        return ml.real("1");
    }

    private String power(UnitTerm.Power p) {
        if (p.fraction()) {
            return ml.apply("div", ml.real(Long.toString(p.numerator())), ml.real(Long.toString(p.denominator())));
        }
        return ml.real(NumberText.literal(p.power()));
    }
}
