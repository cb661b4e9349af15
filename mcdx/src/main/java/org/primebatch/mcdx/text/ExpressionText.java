package org.primebatch.mcdx.text;

import org.primebatch.mcdx.xml.Dom;
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
import java.util.stream.Collectors;
import org.primebatch.mcdx.sheet.IdentifierNames;
import org.w3c.dom.Element;

/**
 * Renders one {@code ml:} expression as linear text. The value of an evaluation is given by the caller (one per
 * region: the first {@code ml:eval} met takes it); without one an evaluation ends in {@code = ?}.
 */
final class ExpressionText {
    static final String PLACEHOLDER = "▪";

    private record Infix(String symbol, int precedence, boolean rightNeedsTighter) {
    }

    private static final Map<String, Infix> INFIX = Map.ofEntries(
            Map.entry("plus", new Infix(" + ", ADD, false)),
            Map.entry("minus", new Infix(" - ", ADD, true)),
            Map.entry("mult", new Infix("·", MULTIPLY, false)),
            Map.entry("div", new Infix("/", MULTIPLY, true)),
            Map.entry("crossProduct", new Infix(" × ", MULTIPLY, true)),
            Map.entry("equal", new Infix(" == ", COMPARE, true)),
            Map.entry("notEqual", new Infix(" ≠ ", COMPARE, true)),
            Map.entry("lessThan", new Infix(" < ", COMPARE, true)),
            Map.entry("greaterThan", new Infix(" > ", COMPARE, true)),
            Map.entry("lessOrEqual", new Infix(" ≤ ", COMPARE, true)),
            Map.entry("greaterOrEqual", new Infix(" ≥ ", COMPARE, true)),
            Map.entry("elementOf", new Infix(" ∈ ", COMPARE, true)),
            Map.entry("and", new Infix(" ∧ ", AND, false)),
            Map.entry("or", new Infix(" ∨ ", OR, false)),
            Map.entry("xor", new Infix(" ⊕ ", OR, false)));

    private String value;

    ExpressionText(String value) {
        this.value = value;
    }

    Piece render(Element e) {
        return switch (Dom.name(e)) {
            case "id" -> Piece.atom(IdentifierNames.of(e));
            case "real" -> number(Dom.text(e));
            case "imag" -> Piece.atom(Dom.text(e) + symbolOf(e));
            case "str" -> Piece.atom("\"" + e.getTextContent() + "\"");
            case "placeholder" -> Piece.atom(PLACEHOLDER);
            case "parens" -> Piece.atom("(" + inner(e) + ")");
            case "sequence", "boundVars" -> new Piece(joined(Dom.children(e), ", "), LOWEST);
            case "matrix" -> Piece.atom(matrix(e));
            case "range" -> range(e);
            case "apply" -> apply(e);
            case "eval" -> eval(e);
            case "define" -> definition(e, " := ");
            case "globalDefine" -> definition(e, " ≡ ");
            case "localDefine" -> definition(e, " ← ");
            case "function" -> function(e);
            case "lambda" -> lambda(e);
            case "program", "if", "for", "while", "tryCatch", "return", "break", "continue" ->
                    ProgramText.piece(e, this);
            case "symEval" -> symbolic(e);
            case "unitOverride", "lowerBound", "upperBound", "degree", "test", "then", "else", "symResult" ->
                    firstChild(e).map(this::render).orElse(Piece.atom(PLACEHOLDER));
            default -> Piece.atom(unknown(e));
        };
    }

    /** An operand: on one line, in parentheses when it binds less tightly than {@code atLeast}. */
    String operand(Element e, int atLeast) {
        Piece p = render(e);
        String text = p.inline();
        return p.precedence() < atLeast ? "(" + text + ")" : text;
    }

    /** A left operand: a leading minus needs no parentheses before a product, {@code -f_cd·x}. */
    private String leftOperand(Element e, int atLeast) {
        boolean negative = Dom.isMath(e, "real") ? Dom.text(e).startsWith("-")
                : Dom.isMath(e, "apply") && !Dom.children(e).isEmpty() && Dom.isMath(Dom.children(e).get(0), "neg");
        return negative && atLeast == MULTIPLY ? inline(e) : operand(e, atLeast);
    }

    /** The whole of an element on one line. */
    String inline(Element e) {
        return render(e).inline();
    }

    private String inner(Element e) {
        return firstChild(e).map(this::inline).orElse(PLACEHOLDER);
    }

    private String joined(List<Element> elements, String separator) {
        return elements.stream().map(this::inline).collect(Collectors.joining(separator));
    }

    private static Piece number(String literal) {
        return new Piece(literal, literal.startsWith("-") ? ADD : ATOM);
    }

    private static String symbolOf(Element imag) {
        String symbol = imag.getAttribute("symbol");
        return symbol.isEmpty() ? "i" : symbol;
    }

    private static String unknown(Element e) {
        return "‹" + Dom.name(e) + "›";
    }

    private static Optional<Element> firstChild(Element e) {
        return Dom.firstChild(e);
    }

    private String matrix(Element e) {
        List<Element> elements = Dom.children(e).stream().filter(c -> !Dom.isMath(c, "display")).toList();
        int rows = intAttribute(e, "rows");
        int cols = intAttribute(e, "cols");
        if (rows < 1 || cols < 1 || rows * cols != elements.size()) {
            return "[" + joined(elements, ", ") + "]";
        }
        List<String> texts = elements.stream().map(this::inline).toList();
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

    private static int intAttribute(Element e, String name) {
        try {
            return Integer.parseInt(e.getAttribute(name).strip());
        } catch (NumberFormatException ex) {
            return -1;
        }
    }

    private Piece range(Element e) {
        List<Element> parts = Dom.children(e);
        if (parts.size() != 2) {
            return Piece.atom(unknown(e) + "(" + joined(parts, ", ") + ")");
        }
        Element start = parts.get(0);
        String first = Dom.isMath(start, "sequence")
                ? Dom.children(start).stream().map(c -> operand(c, ADD)).collect(Collectors.joining(", "))
                : operand(start, ADD);
        return new Piece(first + ".." + operand(parts.get(1), ADD), RANGE);
    }

    private Piece eval(Element e) {
        List<Element> parts = Dom.children(e);
        Piece expression = parts.isEmpty() ? Piece.atom(PLACEHOLDER) : render(parts.get(0));
        return new Piece(expression.text() + " = " + takeValue(unitOf(e)), LOWEST);
    }

    /** The unit an evaluation is shown in, as typed; empty for none. */
    String unitOf(Element eval) {
        return Dom.children(eval).stream().filter(c -> Dom.isMath(c, "unitOverride")).findFirst()
                .flatMap(ExpressionText::firstChild)
                .filter(u -> !Dom.isMath(u, "placeholder"))
                .map(this::inline)
                .orElse("");
    }

    private String takeValue(String unit) {
        String shown = value;
        value = null;
        if (shown != null) {
            return shown;
        }
        return unit.isEmpty() ? "?" : "? " + unit;
    }

    private Piece definition(Element e, String symbol) {
        List<Element> parts = Dom.children(e);
        if (parts.size() != 2) {
            return Piece.atom(unknown(e) + "(" + joined(parts, ", ") + ")");
        }
        String target = inline(parts.get(0));
        Piece body = render(parts.get(1));
        if (body.isMultiLine()) {
            return new Piece(target + symbol.stripTrailing() + "\n" + ProgramText.indent(body.text()), LOWEST);
        }
        return new Piece(target + symbol + body.text(), LOWEST);
    }

    private Piece function(Element e) {
        List<Element> parts = Dom.children(e);
        if (parts.isEmpty()) {
            return Piece.atom(unknown(e));
        }
        String parameters = parts.size() > 1 ? inline(parts.get(1)) : "";
        return new Piece(operand(parts.get(0), POSTFIX) + "(" + parameters + ")", POSTFIX);
    }

    private Piece lambda(Element e) {
        List<Element> parts = Dom.children(e);
        if (parts.size() != 2) {
            return Piece.atom(unknown(e));
        }
        return Piece.atom("(" + inline(parts.get(0)) + " ↦ " + inline(parts.get(1)) + ")");
    }

    private Piece symbolic(Element e) {
        List<Element> parts = Dom.children(e);
        String expression = parts.isEmpty() ? PLACEHOLDER : inline(parts.get(0));
        String keywords = parts.stream().filter(c -> Dom.isMath(c, "command")).findFirst()
                .flatMap(ExpressionText::firstChild).filter(c -> !Dom.isMath(c, "placeholder"))
                .map(c -> " " + inline(c)).orElse("");
        String result = parts.stream().filter(c -> Dom.isMath(c, "symResult")).findFirst()
                .map(c -> " " + inline(c)).orElse("");
        return new Piece(expression + keywords + " →" + result, LOWEST);
    }

    private Piece apply(Element e) {
        List<Element> parts = Dom.children(e);
        if (parts.isEmpty()) {
            return Piece.atom(unknown(e));
        }
        Element operator = parts.get(0);
        List<Element> args = parts.subList(1, parts.size());
        boolean isOperator = !Dom.isMath(operator, "id") && !Dom.isMath(operator, "apply") && !Dom.isMath(operator, "parens")
                && !Dom.isMath(operator, "lambda") && Dom.children(operator).isEmpty();
        if (!isOperator) {
            return call(operand(operator, POSTFIX), args);
        }
        String name = Dom.name(operator);
        Infix infix = INFIX.get(name);
        if (infix != null && args.size() == 2) {
            int right = infix.rightNeedsTighter() ? infix.precedence() + 1 : infix.precedence();
            return new Piece(leftOperand(args.get(0), infix.precedence()) + infix.symbol()
                    + operand(args.get(1), right), infix.precedence());
        }
        Optional<Piece> known = switch (args.size()) {
            case 1 -> unary(name, args.get(0));
            case 2 -> binary(name, args.get(0), args.get(1));
            default -> Optional.empty();
        };
        return known.or(() -> new BigOperators(this).render(name, args))
                .orElseGet(() -> call("‹" + name + "›", args));
    }

    private Piece call(String function, List<Element> args) {
        String arguments = args.size() == 1 && Dom.isMath(args.get(0), "sequence")
                ? joined(Dom.children(args.get(0)), ", ")
                : joined(args, ", ");
        return new Piece(function + "(" + arguments + ")", POSTFIX);
    }

    private Optional<Piece> unary(String operator, Element x) {
        return Optional.ofNullable(switch (operator) {
            case "neg" -> new Piece("-" + operand(x, MULTIPLY), ADD);
            case "not" -> new Piece("¬" + operand(x, COMPARE), NOT);
            case "absval", "determinant" -> Piece.atom("|" + inline(x) + "|");
            case "transpose" -> new Piece(operand(x, POSTFIX) + "ᵀ", POSTFIX);
            case "factorial" -> new Piece(operand(x, POSTFIX) + "!", POSTFIX);
            case "percent" -> new Piece(operand(x, POSTFIX) + "%", POSTFIX);
            case "functionDerivative" -> new Piece(operand(x, POSTFIX) + "′", POSTFIX);
            case "vectorize" -> Piece.atom("vectorize(" + inline(x) + ")");
            default -> null;
        });
    }

    private Optional<Piece> binary(String operator, Element a, Element b) {
        return Optional.ofNullable(switch (operator) {
            case "scale" -> new Piece(operand(a, MULTIPLY) + " " + operand(b, MULTIPLY), SCALE);
            case "pow" -> power(a, b);
            case "indexer" -> new Piece(operand(a, POSTFIX) + "[" + indices(b) + "]", POSTFIX);
            case "matcol" -> new Piece(operand(a, POSTFIX) + "⟨" + inline(b) + "⟩", POSTFIX);
            case "matrow" -> new Piece(operand(a, POSTFIX) + "⟨⟨" + inline(b) + "⟩⟩", POSTFIX);
            case "nthRoot" -> root(a, b);
            default -> null;
        });
    }

    private String indices(Element index) {
        return Dom.isMath(index, "sequence") ? joined(Dom.children(index), ", ") : inline(index);
    }

    private Piece power(Element base, Element exponent) {
        String b = operand(base, POWER + 1);
        Optional<String> small = integerLiteral(exponent).flatMap(Superscripts::ofInteger);
        if (small.isPresent()) {
            return new Piece(b + small.get(), POWER);
        }
        return new Piece(b + "^" + operand(exponent, POSTFIX), POWER);
    }

    private static Optional<String> integerLiteral(Element e) {
        if (Dom.isMath(e, "real")) {
            return Optional.of(Dom.text(e));
        }
        if (Dom.isMath(e, "apply")) {
            List<Element> parts = Dom.children(e);
            if (parts.size() == 2 && Dom.isMath(parts.get(0), "neg") && Dom.isMath(parts.get(1), "real")) {
                return Optional.of("-" + Dom.text(parts.get(1)));
            }
        }
        return Optional.empty();
    }

    private Piece root(Element degree, Element radicand) {
        String x = operand(radicand, POSTFIX);
        if (Dom.isMath(degree, "placeholder")) {
            return new Piece("√" + x, ROOT);
        }
        String n = Dom.isMath(degree, "real") ? Dom.text(degree) : "";
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
