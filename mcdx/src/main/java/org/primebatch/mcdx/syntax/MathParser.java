package org.primebatch.mcdx.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.primebatch.mcdx.syntax.MathExpr.Branch;
import org.primebatch.mcdx.syntax.MathExpr.BranchKind;
import org.primebatch.mcdx.syntax.MathExpr.BoundKind;
import org.primebatch.mcdx.syntax.MathExpr.DefineKind;
import org.primebatch.mcdx.xml.Dom;
import org.w3c.dom.Element;

/**
 * Reads an {@code ml:} element of worksheet.xml into a {@link MathExpr}. Element names are matched in any
 * namespace, as Mathcad writes them in its math namespace. Never throws: a shape it cannot read becomes
 * {@link MathExpr.Malformed}, an element it does not model {@link MathExpr.Unknown}.
 */
public final class MathParser {
    private MathParser() {
    }

    public static MathExpr parse(Element e) {
        String name = Dom.name(e);
        List<Element> children = Dom.children(e);
        return switch (name) {
            case "real" -> new MathExpr.Num(Dom.text(e));
            case "imag" -> new MathExpr.Imaginary(Dom.text(e), e.getAttribute("symbol").isEmpty() ? "i"
                    : e.getAttribute("symbol"));
            case "str" -> new MathExpr.Str(e.getTextContent());
            case "id" -> new MathExpr.Ident(IdentifierNames.of(e), e.getAttribute("labels"));
            case "placeholder" -> new MathExpr.Placeholder();
            case "parens" -> children.size() == 1 ? new MathExpr.Parens(parse(children.get(0)))
                    : malformed(name, "ml:parens with " + children.size() + " parts", children);
            case "sequence" -> new MathExpr.Sequence(all(children));
            case "matrix" -> matrix(e, children);
            case "range" -> range(children);
            case "lambda" -> children.size() == 2 && Dom.hasName(children.get(0), "boundVars")
                    ? new MathExpr.Lambda(all(Dom.children(children.get(0))), parse(children.get(1)))
                    : malformed(name, "a lambda of unexpected shape", children);
            case "apply" -> apply(children);
            case "eval" -> eval(children);
            case "define" -> define(DefineKind.DEFINE, children);
            case "globalDefine" -> define(DefineKind.GLOBAL, children);
            case "localDefine" -> define(DefineKind.LOCAL, children);
            case "function" -> function(children);
            case "program" -> new MathExpr.Program(all(children));
            case "if" -> conditional(children);
            case "for" -> children.size() == 3
                    ? new MathExpr.ForLoop(parse(children.get(0)), parse(children.get(1)), parse(children.get(2)))
                    : malformed(name, "a for loop of unexpected shape", children);
            case "while" -> children.size() == 2
                    ? new MathExpr.WhileLoop(parse(children.get(0)), parse(children.get(1)))
                    : malformed(name, "a while loop of unexpected shape", children);
            case "tryCatch" -> children.size() == 2
                    ? new MathExpr.TryCatch(parse(children.get(0)), parse(children.get(1)))
                    : malformed(name, "on error with " + children.size() + " parts", children);
            case "return" -> children.size() <= 1 ? new MathExpr.Return(first(children))
                    : malformed(name, "ml:return with " + children.size() + " parts", children);
            case "break" -> new MathExpr.Break();
            case "continue" -> new MathExpr.Continue();
            case "symEval" -> symbolic(children);
            case "lowerBound" -> bound(BoundKind.LOWER, children);
            case "upperBound" -> bound(BoundKind.UPPER, children);
            case "degree" -> bound(BoundKind.DEGREE, children);
            default -> new MathExpr.Unknown(name, all(children));
        };
    }

    private static List<MathExpr> all(List<Element> elements) {
        List<MathExpr> out = new ArrayList<>(elements.size());
        for (Element element : elements) {
            out.add(parse(element));
        }
        return out;
    }

    private static Optional<MathExpr> first(List<Element> elements) {
        return elements.isEmpty() ? Optional.empty() : Optional.of(parse(elements.get(0)));
    }

    /** The one part of a wrapper ({@code test}, {@code then}, {@code else}…); empty unless there is exactly one. */
    private static Optional<MathExpr> single(Element wrapper) {
        List<Element> children = Dom.children(wrapper);
        return children.size() == 1 ? Optional.of(parse(children.get(0))) : Optional.empty();
    }

    private static MathExpr malformed(String element, String problem, List<Element> parts) {
        return new MathExpr.Malformed(element, problem, all(parts));
    }

    private static MathExpr matrix(Element e, List<Element> children) {
        List<Element> elements = children.stream().filter(c -> !Dom.hasName(c, "display")).toList();
        return new MathExpr.MatrixExpr(count(e, "rows"), count(e, "cols"), all(elements));
    }

    private static int count(Element e, String attribute) {
        Integer n = Dom.intAttribute(e, attribute);
        return n == null ? -1 : n;
    }

    private static MathExpr range(List<Element> children) {
        if (children.size() != 2) {
            return malformed("range", "a range with " + children.size() + " parts", children);
        }
        Element start = children.get(0);
        MathExpr last = parse(children.get(1));
        if (!Dom.hasName(start, "sequence")) {
            return new MathExpr.RangeExpr(parse(start), Optional.empty(), last);
        }
        List<Element> values = Dom.children(start);
        if (values.size() != 2) {
            return malformed("range", "a range start with " + values.size() + " values", children);
        }
        return new MathExpr.RangeExpr(parse(values.get(0)), Optional.of(parse(values.get(1))), last);
    }

    private static final List<String> CALLABLE_HEADS = List.of("id", "apply", "parens", "lambda");

    private static MathExpr apply(List<Element> children) {
        if (children.isEmpty()) {
            return malformed("apply", "an empty ml:apply", children);
        }
        Element head = children.get(0);
        List<MathExpr> operands = all(children.subList(1, children.size()));
        if (CALLABLE_HEADS.contains(Dom.name(head))) {
            List<MathExpr> arguments = operands.size() == 1 && operands.get(0) instanceof MathExpr.Sequence s
                    ? s.items() : operands;
            return new MathExpr.Apply(parse(head), arguments);
        }
        return new MathExpr.Operation(Operator.of(Dom.name(head)), Dom.name(head), operands);
    }

    private static MathExpr eval(List<Element> children) {
        if (children.isEmpty()) {
            return malformed("eval", "an empty evaluation", children);
        }
        Optional<MathExpr> unit = Optional.empty();
        List<String> unexpected = new ArrayList<>();
        for (Element part : children.subList(1, children.size())) {
            if (Dom.hasName(part, "unitOverride")) {
                if (unit.isEmpty()) {
                    unit = Optional.of(first(Dom.children(part)).orElse(new MathExpr.Placeholder()));
                }
            } else {
                unexpected.add(Dom.name(part));
            }
        }
        return new MathExpr.Eval(parse(children.get(0)), unit, unexpected);
    }

    private static MathExpr define(DefineKind kind, List<Element> children) {
        if (children.size() != 2) {
            return malformed(kind.element(), "a definition with " + children.size() + " parts", children);
        }
        return new MathExpr.Define(kind, parse(children.get(0)), parse(children.get(1)));
    }

    private static MathExpr function(List<Element> children) {
        if (children.isEmpty() || children.size() > 2
                || (children.size() == 2 && !Dom.hasName(children.get(1), "boundVars"))) {
            return malformed("function", "a function of unexpected shape", children);
        }
        List<MathExpr> parameters = children.size() == 2 ? all(Dom.children(children.get(1))) : List.of();
        return new MathExpr.FunctionHead(parse(children.get(0)), parameters);
    }

    private static MathExpr conditional(List<Element> children) {
        List<Branch> branches = new ArrayList<>();
        Optional<MathExpr> otherwise = Optional.empty();
        for (int i = 0; i < children.size(); i++) {
            Element part = children.get(i);
            switch (Dom.name(part)) {
                case "test" -> {
                    Optional<MathExpr> body = i + 1 < children.size() && Dom.hasName(children.get(i + 1), "then")
                            ? single(children.get(++i)) : Optional.empty();
                    branches.add(new Branch(BranchKind.IF, single(part), body));
                }
                case "elseif", "alsoif" -> {
                    Element test = Dom.children(part).stream().filter(c -> Dom.hasName(c, "test")).findFirst()
                            .orElse(null);
                    Element then = Dom.children(part).stream().filter(c -> Dom.hasName(c, "then")).findFirst()
                            .orElse(null);
                    branches.add(new Branch(Dom.hasName(part, "elseif") ? BranchKind.ELSE_IF : BranchKind.ALSO_IF,
                            test == null ? Optional.empty() : single(test),
                            then == null ? Optional.empty() : single(then)));
                }
                case "else" -> otherwise = single(part);
                default -> {
                    return malformed("if", "ml:" + Dom.name(part) + " in an if statement", children);
                }
            }
        }
        return new MathExpr.IfExpr(branches, otherwise);
    }

    private static MathExpr symbolic(List<Element> children) {
        Optional<MathExpr> keywords = children.stream().filter(c -> Dom.hasName(c, "command")).findFirst()
                .flatMap(c -> first(Dom.children(c))).filter(c -> !(c instanceof MathExpr.Placeholder));
        Optional<MathExpr> result = children.stream().filter(c -> Dom.hasName(c, "symResult")).findFirst()
                .flatMap(c -> first(Dom.children(c)));
        return new MathExpr.Symbolic(first(children), keywords, result);
    }

    private static MathExpr bound(BoundKind kind, List<Element> children) {
        if (children.size() > 1) {
            return malformed(kind.element(), kind.element() + " with " + children.size() + " parts", children);
        }
        return new MathExpr.Bound(kind, first(children).orElse(new MathExpr.Placeholder()));
    }
}
