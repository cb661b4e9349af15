package org.primebatch.mcdx.sheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.primebatch.api.ValueKind;
import org.primebatch.mcdx.syntax.MathExpr;
import org.primebatch.mcdx.syntax.Operator;

/**
 * The value of a definition's right-hand side when it is a literal: a number ({@code real}, {@code neg}, simple
 * arithmetic of numbers), a string, a matrix of numbers (stored column by column), optionally times a unit
 * ({@code scale} or {@code mult} by a unit expression).
 */
final class Literals {
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private Literals() {
    }

    static ShownValue read(MathExpr body) {
        if (body instanceof MathExpr.Eval eval) {
            return read(eval.expression());
        }
        if (body instanceof MathExpr.Str str) {
            return new ShownValue(ValueKind.STRING, JSON.textNode(str.text()), null, null);
        }
        if (body instanceof MathExpr.MatrixExpr m) {
            return matrix(m).map(v -> new ShownValue(ValueKind.MATRIX, v, null, null))
                    .orElse(ShownValue.none("a matrix whose elements are not all numbers"));
        }
        Optional<JsonNode> number = numberNode(body);
        if (number.isPresent()) {
            return new ShownValue(ValueKind.REAL, number.get(), null, null);
        }
        if (body instanceof MathExpr.Operation o && o.operands().size() == 2
                && (o.is(Operator.SCALE) || o.is(Operator.MULT))) {
            Optional<String> unit = UnitText.ofExpression(o.operands().get(1));
            ShownValue magnitude = read(o.operands().get(0));
            if (unit.isPresent() && magnitude.value() != null && magnitude.unit() == null
                    && magnitude.kind() != ValueKind.STRING) {
                return magnitude.withUnit(unit.get());
            }
        }
        return ShownValue.none("not a literal value but an expression (" + body.element() + ")");
    }

    private static Optional<JsonNode> numberNode(MathExpr e) {
        if (e instanceof MathExpr.Num n) {
            return Optional.of(decimal(n.text()));
        }
        return number(e).map(JSON::numberNode);
    }

    /** A number node that keeps the digits the file stores. */
    static JsonNode decimal(String text) {
        String t = text.strip();
        try {
            return JSON.numberNode(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return JSON.textNode(t);
        }
    }

    private static Optional<JsonNode> matrix(MathExpr.MatrixExpr matrix) {
        int rows = matrix.rows();
        int cols = matrix.cols();
        List<MathExpr> elements = matrix.elements();
        if (rows < 0 || cols < 0 || (long) rows * cols != elements.size()) {
            return Optional.empty();
        }
        ArrayNode out = JSON.arrayNode(rows);
        for (int r = 0; r < rows; r++) {
            ArrayNode row = out.addArray();
            for (int c = 0; c < cols; c++) {
                Optional<JsonNode> value = numberNode(elements.get(c * rows + r));
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                row.add(value.get());
            }
        }
        return Optional.of(out);
    }

    /** The value of a constant arithmetic expression of reals, or empty when it involves anything else. */
    static Optional<Double> number(MathExpr e) {
        if (e instanceof MathExpr.Num n) {
            try {
                return Optional.of(Double.parseDouble(n.text()));
            } catch (NumberFormatException ex) {
                return Optional.empty();
            }
        }
        if (e instanceof MathExpr.Parens p) {
            return number(p.inner());
        }
        if (!(e instanceof MathExpr.Operation o)) {
            return Optional.empty();
        }
        if (o.operands().size() == 1 && o.is(Operator.NEG)) {
            return number(o.operands().get(0)).map(x -> -x);
        }
        if (o.operands().size() != 2) {
            return Optional.empty();
        }
        Optional<Double> a = number(o.operands().get(0));
        Optional<Double> b = number(o.operands().get(1));
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        double x = a.get();
        double y = b.get();
        return switch (o.operator()) {
            case PLUS -> Optional.of(x + y);
            case MINUS -> Optional.of(x - y);
            case MULT -> Optional.of(x * y);
            case DIV -> Optional.of(x / y);
            case POW -> Optional.of(Math.pow(x, y));
            default -> Optional.empty();
        };
    }

    /** A number as short text: {@code 2} rather than {@code 2.0}. */
    static String plain(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
