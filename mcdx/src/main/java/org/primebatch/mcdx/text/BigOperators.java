package org.primebatch.mcdx.text;

import java.util.List;
import java.util.Optional;
import org.primebatch.mcdx.syntax.MathExpr;
import org.primebatch.mcdx.syntax.Operator;

/**
 * Σ, Π, ∫ and d/dx, which Mathcad writes as an operator applied to a lambda (bound variable and body) and bound
 * elements: {@code Σ(i = 1..n) x[i]}, {@code Σv} (sum of a vector), {@code ∫(a..b) f(z) dz}, {@code d²/dx² f(x)}.
 */
final class BigOperators {
    private final ExpressionText text;

    BigOperators(ExpressionText text) {
        this.text = text;
    }

    Optional<Piece> render(Operator operator, List<MathExpr> args) {
        if (args.isEmpty() || !(args.get(0) instanceof MathExpr.Lambda lambda)) {
            return Optional.empty();
        }
        String var = lambda.parameters().stream().findFirst().filter(v -> !(v instanceof MathExpr.Placeholder))
                .map(text::inline).orElse("");
        String body = text.operand(lambda.body(), Precedence.MULTIPLY);
        Optional<String> lower = bound(args, MathExpr.BoundKind.LOWER);
        Optional<String> upper = bound(args, MathExpr.BoundKind.UPPER);
        return Optional.ofNullable(switch (operator) {
            case SUMMATION -> iterated("Σ", var, lower, upper, body);
            case PRODUCT -> iterated("Π", var, lower, upper, body);
            case INTEGRAL -> new Piece("∫" + interval(lower, upper) + " " + body + " d" + var, Precedence.ADD);
            case DERIVATIVE -> derivative(var, bound(args, MathExpr.BoundKind.DEGREE), body);
            default -> null;
        });
    }

    private static Piece iterated(String symbol, String var, Optional<String> lower, Optional<String> upper,
                                  String body) {
        if (var.isEmpty()) {
            return new Piece(symbol + body, Precedence.ADD);
        }
        if (lower.isEmpty() && upper.isEmpty()) {
            return new Piece(symbol + "_" + var + " " + body, Precedence.ADD);
        }
        String from = lower.map(l -> var + " = " + l).orElse(var);
        return new Piece(symbol + "(" + from + ".." + upper.orElse("") + ") " + body, Precedence.ADD);
    }

    private static String interval(Optional<String> lower, Optional<String> upper) {
        return lower.isEmpty() && upper.isEmpty() ? "" : "(" + lower.orElse("") + ".." + upper.orElse("") + ")";
    }

    private static Piece derivative(String var, Optional<String> degree, String body) {
        String order = degree.flatMap(Superscripts::ofInteger).filter(d -> !d.equals("¹")).orElse("");
        return new Piece("d" + order + "/d" + var + order + " " + body, Precedence.ADD);
    }

    private Optional<String> bound(List<MathExpr> args, MathExpr.BoundKind kind) {
        return args.stream().filter(a -> a instanceof MathExpr.Bound b && b.kind() == kind).findFirst()
                .map(b -> ((MathExpr.Bound) b).value())
                .filter(b -> !(b instanceof MathExpr.Placeholder))
                .map(b -> text.operand(b, Precedence.ADD));
    }
}
