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
        return Dom.is(expression, McdxNamespaces.MATH, "define") || Dom.is(expression, McdxNamespaces.MATH, "globalDefine");
    }

    /** The right-hand side of a definition (which may itself be an {@code ml:eval}), else empty. */
    public Optional<Element> definitionBody() {
        if (!isDefinition()) {
            return Optional.empty();
        }
        var children = Dom.children(expression);
        return children.size() < 2 ? Optional.empty() : Optional.of(children.get(1));
    }

    /** The {@code ml:eval} of {@code expr =} or {@code x := expr =}, else empty. */
    public Optional<Element> evaluation() {
        if (Dom.is(expression, McdxNamespaces.MATH, "eval")) {
            return Optional.of(expression);
        }
        return definitionBody().filter(body -> Dom.is(body, McdxNamespaces.MATH, "eval"));
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
