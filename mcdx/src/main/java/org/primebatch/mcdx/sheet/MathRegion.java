package org.primebatch.mcdx.sheet;

import org.primebatch.mcdx.xml.Dom;
import java.util.Optional;
import org.w3c.dom.Element;
import org.primebatch.mcdx.xml.McdxNamespaces;
import org.primebatch.mcdx.syntax.MathExpr;
import org.primebatch.mcdx.syntax.MathParser;

/**
 * The math of a math region: its expression (the first {@code ml:} child of {@code <math>}) as XML, where per-case
 * worksheets splice their inputs, and as a syntax tree ({@code syntax}), which everything else reads; the id of its
 * stored result in result.xml ({@code resultRef}, null when it has none) and, for a definition, the name it defines.
 */
public record MathRegion(Element expression, MathExpr syntax, Integer resultRef, String definedName) {
    /** True for {@code x := …} and {@code x ≡ …}, including function definitions. */
    public boolean isDefinition() {
        return syntax instanceof MathExpr.Define d && d.kind() != MathExpr.DefineKind.LOCAL;
    }

    /** The right-hand side of a definition (which may itself be an evaluation), else empty. */
    public Optional<MathExpr> definedValue() {
        return syntax instanceof MathExpr.Define d && d.kind() != MathExpr.DefineKind.LOCAL
                ? Optional.of(d.value()) : Optional.empty();
    }

    /** The XML of a definition's right-hand side, where a per-case worksheet splices an input, else empty. */
    public Optional<Element> definitionBody() {
        if (!isDefinition()) {
            return Optional.empty();
        }
        var children = Dom.children(expression);
        return children.size() < 2 ? Optional.empty() : Optional.of(children.get(1));
    }

    /** The evaluation of {@code expr =} or {@code x := expr =}, else empty. */
    public Optional<MathExpr.Eval> evaluation() {
        if (syntax instanceof MathExpr.Eval eval) {
            return Optional.of(eval);
        }
        return definedValue().filter(MathExpr.Eval.class::isInstance).map(MathExpr.Eval.class::cast);
    }

    static MathRegion of(Element math) {
        Element expression = Dom.firstChildIn(math, McdxNamespaces.MATH).orElse(null);
        if (expression == null) {
            return null;
        }
        MathExpr syntax = MathParser.parse(expression);
        return new MathRegion(expression, syntax, Dom.intAttribute(math, "resultRef"), definedName(syntax));
    }

    private static String definedName(MathExpr expression) {
        if (!(expression instanceof MathExpr.Define d) || d.kind() == MathExpr.DefineKind.LOCAL) {
            return null;
        }
        MathExpr target = d.target() instanceof MathExpr.FunctionHead f ? f.name() : d.target();
        return target instanceof MathExpr.Ident id ? id.name() : null;
    }
}
