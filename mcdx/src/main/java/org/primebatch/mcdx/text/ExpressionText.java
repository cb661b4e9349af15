package org.primebatch.mcdx.text;

import static org.primebatch.mcdx.text.Precedence.ADD;
import static org.primebatch.mcdx.text.Precedence.AND;
import static org.primebatch.mcdx.text.Precedence.ATOM;
import static org.primebatch.mcdx.text.Precedence.COMPARE;
import static org.primebatch.mcdx.text.Precedence.LOWEST;
import static org.primebatch.mcdx.text.Precedence.MULTIPLY;
import static org.primebatch.mcdx.text.Precedence.NOT;
import static org.primebatch.mcdx.text.Precedence.OR;
import static org.primebatch.mcdx.text.Precedence.POSTFIX;
import static org.primebatch.mcdx.text.Precedence.POWER;
import static org.primebatch.mcdx.text.Precedence.RANGE;
import static org.primebatch.mcdx.text.Precedence.ROOT;
import static org.primebatch.mcdx.text.Precedence.SCALE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.primebatch.mcdx.syntax.MathExpr;
import org.primebatch.mcdx.syntax.Operator;

/**
 * Renders one expression as linear text. The value of an evaluation is given by the caller (one per region: the
 * first evaluation met takes it); without one an evaluation ends in {@code = ?}.
 */
final class ExpressionText {
    static final String PLACEHOLDER = "▪";

    private record Infix(String symbol, int precedence, boolean rightNeedsTighter) {
    }

    private static final Map<Operator, Infix> INFIX = Map.ofEntries(
            Map.entry(Operator.PLUS, new Infix(" + ", ADD, false)),
            Map.entry(Operator.MINUS, new Infix(" - ", ADD, true)),
            Map.entry(Operator.MULT, new Infix("·", MULTIPLY, false)),
            Map.entry(Operator.DIV, new Infix("/", MULTIPLY, true)),
            Map.entry(Operator.CROSS_PRODUCT, new Infix(" × ", MULTIPLY, true)),
            Map.entry(Operator.EQUAL, new Infix(" == ", COMPARE, true)),
            Map.entry(Operator.NOT_EQUAL, new Infix(" ≠ ", COMPARE, true)),
            Map.entry(Operator.LESS_THAN, new Infix(" < ", COMPARE, true)),
            Map.entry(Operator.GREATER_THAN, new Infix(" > ", COMPARE, true)),
            Map.entry(Operator.LESS_OR_EQUAL, new Infix(" ≤ ", COMPARE, true)),
            Map.entry(Operator.GREATER_OR_EQUAL, new Infix(" ≥ ", COMPARE, true)),
            Map.entry(Operator.ELEMENT_OF, new Infix(" ∈ ", COMPARE, true)),
            Map.entry(Operator.AND, new Infix(" ∧ ", AND, false)),
            Map.entry(Operator.OR, new Infix(" ∨ ", OR, false)),
            Map.entry(Operator.XOR, new Infix(" ⊕ ", OR, false)));

    /** Elements that only wrap one part; out of place, they read as that part. */
    private static final Set<String> WRAPPERS = Set.of("unitOverride", "test", "then", "else", "symResult");

    private String value;

    ExpressionText(String value) {
        this.value = value;
    }

    Piece render(MathExpr e) {
        if (e instanceof MathExpr.Ident id) {
            return Piece.atom(id.name());
        } else if (e instanceof MathExpr.Num n) {
            return number(n.text());
        } else if (e instanceof MathExpr.Imaginary i) {
            return Piece.atom(i.text() + i.symbol());
        } else if (e instanceof MathExpr.Str s) {
            return Piece.atom("\"" + s.text() + "\"");
        } else if (e instanceof MathExpr.Placeholder) {
            return Piece.atom(PLACEHOLDER);
        } else if (e instanceof MathExpr.Parens p) {
            return Piece.atom("(" + inline(p.inner()) + ")");
        } else if (e instanceof MathExpr.Sequence s) {
            return new Piece(joined(s.items(), ", "), LOWEST);
        } else if (e instanceof MathExpr.MatrixExpr m) {
            return Piece.atom(matrix(m));
        } else if (e instanceof MathExpr.RangeExpr r) {
            return range(r);
        } else if (e instanceof MathExpr.Operation o) {
            return operation(o);
        } else if (e instanceof MathExpr.Apply a) {
            return call(operand(a.function(), POSTFIX), a.arguments());
        } else if (e instanceof MathExpr.Eval v) {
            return eval(v);
        } else if (e instanceof MathExpr.Define d) {
            return definition(d);
        } else if (e instanceof MathExpr.FunctionHead f) {
            return new Piece(operand(f.name(), POSTFIX) + "(" + joined(f.parameters(), ", ") + ")", POSTFIX);
        } else if (e instanceof MathExpr.Lambda l) {
            return Piece.atom("(" + joined(l.parameters(), ", ") + " ↦ " + inline(l.body()) + ")");
        } else if (e instanceof MathExpr.Symbolic s) {
            return symbolic(s);
        } else if (e instanceof MathExpr.Bound b) {
            return render(b.value());
        } else if (ProgramText.isProgram(e)) {
            return ProgramText.piece(e, this);
        } else if (e instanceof MathExpr.Unknown u && WRAPPERS.contains(u.element())) {
            return u.parts().isEmpty() ? Piece.atom(PLACEHOLDER) : render(u.parts().get(0));
        } else if (e instanceof MathExpr.Malformed m && !m.parts().isEmpty()) {
            return Piece.atom(unknown(m) + "(" + joined(m.parts(), ", ") + ")");
        }
        return Piece.atom(unknown(e));
    }

    /** An operand: on one line, in parentheses when it binds less tightly than {@code atLeast}. */
    String operand(MathExpr e, int atLeast) {
        Piece p = render(e);
        String text = p.inline();
        return p.precedence() < atLeast ? "(" + text + ")" : text;
    }

    /** A left operand: a leading minus needs no parentheses before a product, {@code -f_cd·x}. */
    private String leftOperand(MathExpr e, int atLeast) {
        boolean negative = e instanceof MathExpr.Num n ? n.text().startsWith("-")
                : e instanceof MathExpr.Operation o && o.is(Operator.NEG);
        return negative && atLeast == MULTIPLY ? inline(e) : operand(e, atLeast);
    }

    /** The whole of an expression on one line. */
    String inline(MathExpr e) {
        return render(e).inline();
    }

    private String joined(List<MathExpr> expressions, String separator) {
        return expressions.stream().map(this::inline).collect(Collectors.joining(separator));
    }

    private static Piece number(String literal) {
        return new Piece(literal, literal.startsWith("-") ? ADD : ATOM);
    }

    private static String unknown(MathExpr e) {
        return "‹" + e.element() + "›";
    }

    private String matrix(MathExpr.MatrixExpr m) {
        if (!m.isWellShaped()) {
            return "[" + joined(m.elements(), ", ") + "]";
        }
        int rows = m.rows();
        int cols = m.cols();
        List<String> texts = m.elements().stream().map(this::inline).toList();
        String separator = texts.stream().anyMatch(t -> t.contains(" ")) ? ", " : " ";
        StringBuilder text = new StringBuilder("[");
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                text.append("; ");
            }
            for (int c = 0; c < cols; c++) {
                text.append(c > 0 ? separator : "").append(texts.get(c * rows + r));
            }
        }
        return text.append(']').toString();
    }

    private Piece range(MathExpr.RangeExpr r) {
        String first = operand(r.first(), ADD) + r.second().map(s -> ", " + operand(s, ADD)).orElse("");
        return new Piece(first + ".." + operand(r.last(), ADD), RANGE);
    }

    private Piece eval(MathExpr.Eval e) {
        Piece expression = render(e.expression());
        return new Piece(expression.text() + " = " + takeValue(unitOf(e)), LOWEST);
    }

    /** The unit an evaluation is shown in, as typed; empty for none. */
    String unitOf(MathExpr.Eval eval) {
        return eval.typedUnit().map(this::inline).orElse("");
    }

    private String takeValue(String unit) {
        String shown = value;
        value = null;
        if (shown != null) {
            return shown;
        }
        return unit.isEmpty() ? "?" : "? " + unit;
    }

    private Piece definition(MathExpr.Define d) {
        String symbol = switch (d.kind()) {
            case DEFINE -> " := ";
            case GLOBAL -> " ≡ ";
            case LOCAL -> " ← ";
        };
        String target = inline(d.target());
        Piece body = render(d.value());
        if (body.isMultiLine()) {
            return new Piece(target + symbol.stripTrailing() + "\n" + ProgramText.indent(body.text()), LOWEST);
        }
        return new Piece(target + symbol + body.text(), LOWEST);
    }

    private Piece symbolic(MathExpr.Symbolic s) {
        String expression = s.expression().map(this::inline).orElse(PLACEHOLDER);
        String keywords = s.keywords().map(k -> " " + inline(k)).orElse("");
        String result = s.result().map(r -> " " + inline(r)).orElse("");
        return new Piece(expression + keywords + " →" + result, LOWEST);
    }

    private Piece operation(MathExpr.Operation o) {
        List<MathExpr> args = o.operands();
        Infix infix = INFIX.get(o.operator());
        if (infix != null && args.size() == 2) {
            int right = infix.rightNeedsTighter() ? infix.precedence() + 1 : infix.precedence();
            return new Piece(leftOperand(args.get(0), infix.precedence()) + infix.symbol()
                    + operand(args.get(1), right), infix.precedence());
        }
        Optional<Piece> known = switch (args.size()) {
            case 1 -> unary(o.operator(), args.get(0));
            case 2 -> binary(o.operator(), args.get(0), args.get(1));
            default -> Optional.empty();
        };
        return known.or(() -> new BigOperators(this).render(o.operator(), args))
                .orElseGet(() -> call("‹" + o.name() + "›", args.size() == 1 && args.get(0) instanceof MathExpr.Sequence s
                        ? s.items() : args));
    }

    private Piece call(String function, List<MathExpr> args) {
        return new Piece(function + "(" + joined(args, ", ") + ")", POSTFIX);
    }

    private Optional<Piece> unary(Operator operator, MathExpr x) {
        return Optional.ofNullable(switch (operator) {
            case NEG -> new Piece("-" + operand(x, MULTIPLY), ADD);
            case NOT -> new Piece("¬" + operand(x, COMPARE), NOT);
            case ABSVAL, DETERMINANT -> Piece.atom("|" + inline(x) + "|");
            case TRANSPOSE -> new Piece(operand(x, POSTFIX) + "ᵀ", POSTFIX);
            case FACTORIAL -> new Piece(operand(x, POSTFIX) + "!", POSTFIX);
            case PERCENT -> new Piece(operand(x, POSTFIX) + "%", POSTFIX);
            case FUNCTION_DERIVATIVE -> new Piece(operand(x, POSTFIX) + "′", POSTFIX);
            case VECTORIZE -> Piece.atom("vectorize(" + inline(x) + ")");
            default -> null;
        });
    }

    private Optional<Piece> binary(Operator operator, MathExpr a, MathExpr b) {
        return Optional.ofNullable(switch (operator) {
            case SCALE -> new Piece(operand(a, MULTIPLY) + " " + operand(b, MULTIPLY), SCALE);
            case POW -> power(a, b);
            case INDEXER -> new Piece(operand(a, POSTFIX) + "[" + indices(b) + "]", POSTFIX);
            case MATCOL -> new Piece(operand(a, POSTFIX) + "⟨" + inline(b) + "⟩", POSTFIX);
            case MATROW -> new Piece(operand(a, POSTFIX) + "⟨⟨" + inline(b) + "⟩⟩", POSTFIX);
            case NTH_ROOT -> root(a, b);
            default -> null;
        });
    }

    private String indices(MathExpr index) {
        return index instanceof MathExpr.Sequence s ? joined(s.items(), ", ") : inline(index);
    }

    private Piece power(MathExpr base, MathExpr exponent) {
        String b = operand(base, POWER + 1);
        Optional<String> small = integerLiteral(exponent).flatMap(Superscripts::ofInteger);
        if (small.isPresent()) {
            return new Piece(b + small.get(), POWER);
        }
        return new Piece(b + "^" + operand(exponent, POSTFIX), POWER);
    }

    private static Optional<String> integerLiteral(MathExpr e) {
        if (e instanceof MathExpr.Num n) {
            return Optional.of(n.text());
        }
        if (e instanceof MathExpr.Operation o && o.is(Operator.NEG) && o.operands().size() == 1
                && o.operands().get(0) instanceof MathExpr.Num n) {
            return Optional.of("-" + n.text());
        }
        return Optional.empty();
    }

    private Piece root(MathExpr degree, MathExpr radicand) {
        String x = operand(radicand, POSTFIX);
        if (degree instanceof MathExpr.Placeholder) {
            return new Piece("√" + x, ROOT);
        }
        String n = degree instanceof MathExpr.Num num ? num.text() : "";
        return switch (n) {
            case "2" -> new Piece("√" + x, ROOT);
            case "3" -> new Piece("∛" + x, ROOT);
            case "4" -> new Piece("∜" + x, ROOT);
            default -> Superscripts.ofInteger(n).filter(s -> !n.startsWith("-"))
                    .map(s -> new Piece(s + "√" + x, ROOT))
                    .orElseGet(() -> new Piece("root(" + inline(radicand) + ", " + inline(degree) + ")", POSTFIX));
        };
    }
}
