package org.primebatch.mcdx.text;

import org.primebatch.mcdx.xml.Dom;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Σ, Π, ∫ and d/dx, which Mathcad writes as an operator applied to a lambda (bound variable and body) and bound
 * elements: {@code Σ(i = 1..n) x[i]}, {@code Σv} (sum of a vector), {@code ∫(a..b) f(z) dz}, {@code d²/dx² f(x)}.
 */
final class BigOperators {
    private final ExpressionText text;

    BigOperators(ExpressionText text) {
        this.text = text;
    }

    Optional<Piece> render(String operator, List<Element> args) {
        if (args.isEmpty() || !Dom.isMath(args.get(0), "lambda")) {
            return Optional.empty();
        }
        List<Element> lambda = Dom.children(args.get(0));
        if (lambda.size() != 2) {
            return Optional.empty();
        }
        Optional<Element> variable = Dom.firstChild(lambda.get(0))
                .filter(v -> !Dom.isMath(v, "placeholder"));
        String var = variable.map(text::inline).orElse("");
        String body = text.operand(lambda.get(1), Precedence.MULTIPLY);
        Optional<String> lower = bound(args, "lowerBound");
        Optional<String> upper = bound(args, "upperBound");
        return Optional.ofNullable(switch (operator) {
            case "summation" -> iterated("Σ", var, lower, upper, body);
            case "product" -> iterated("Π", var, lower, upper, body);
            case "integral" -> new Piece("∫" + interval(lower, upper) + " " + body + " d" + var, Precedence.ADD);
            case "derivative" -> derivative(var, bound(args, "degree"), body);
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

    private Optional<String> bound(List<Element> args, String name) {
        return args.stream().filter(a -> Dom.isMath(a, name)).findFirst()
                .flatMap(b -> Dom.firstChild(b))
                .filter(b -> !Dom.isMath(b, "placeholder"))
                .map(b -> text.operand(b, Precedence.ADD));
    }
}
