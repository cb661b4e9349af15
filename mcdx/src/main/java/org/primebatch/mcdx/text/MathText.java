package org.primebatch.mcdx.text;

import java.util.Objects;
import java.util.Optional;
import org.primebatch.mcdx.syntax.MathExpr;

/**
 * The math of a region as an engineer writes it on one line: {@code M_max := w·L²/8 = 54 kN·m},
 * {@code f(x, y) := x + y}, {@code x := if(a > b, a, b)}, {@code A := [1 2; 3 4]}. Programs span several lines,
 * indented under the name they define. Operators this class does not know read as {@code ‹name›}; it never throws
 * for a well-formed element.
 */
final class MathText {
    private MathText() {
    }

    /** The text of an expression (the first {@code ml:} child of {@code <math>}); an evaluation ends in {@code = ?}. */
    public static String of(MathExpr expression) {
        return render(expression, null);
    }

    /**
     * The text of an expression whose evaluation shows {@code value}, such as {@code 54 kN·m}: the value replaces
     * the {@code ?} (and display unit) after {@code =}. Expressions without an evaluation ignore it.
     */
    public static String of(MathExpr expression, String value) {
        return render(expression, Objects.requireNonNull(value, "value"));
    }

    /**
     * The display unit of an evaluation as typed ({@code kN·m}), when the expression is {@code … = ? unit} or
     * {@code x := … = ? unit}.
     */
    public static Optional<String> displayUnit(MathExpr expression) {
        MathExpr.Eval eval = evaluation(expression);
        if (eval == null) {
            return Optional.empty();
        }
        String unit = new ExpressionText(null).unitOf(eval);
        return unit.isEmpty() ? Optional.empty() : Optional.of(unit);
    }

    /** The text of a unit or any other expression on one line, for a unit expression {@code kN/m} or {@code cm⁴}. */
    public static String inline(MathExpr expression) {
        return new ExpressionText(null).inline(expression);
    }

    private static String render(MathExpr expression, String value) {
        if (expression == null) {
            return ExpressionText.PLACEHOLDER;
        }
        return new ExpressionText(value).render(expression).text();
    }

    private static MathExpr.Eval evaluation(MathExpr expression) {
        if (expression instanceof MathExpr.Eval eval) {
            return eval;
        }
        if (expression instanceof MathExpr.Define d && d.kind() != MathExpr.DefineKind.LOCAL) {
            return d.evaluation().orElse(null);
        }
        return null;
    }
}
