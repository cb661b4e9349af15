package org.primebatch.mcdx.sheet;

import org.primebatch.mcdx.xml.Dom;
import java.util.Optional;
import org.w3c.dom.Element;
import org.primebatch.mcdx.xml.McdxNamespaces;

/**
 * The math of a math region: its expression (the first {@code ml:} child of {@code <math>}), the id of its stored
 * result in result.xml ({@code resultRef}, null when it has none) and, for a definition, the name it defines.
 */
public record MathRegion(Element expression, Integer resultRef, String definedName) {
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
        return new MathRegion(expression, Dom.intAttribute(math, "resultRef"), definedName(expression));
    }

    private static String definedName(Element expression) {
        if (!Dom.is(expression, McdxNamespaces.MATH, "define") && !Dom.is(expression, McdxNamespaces.MATH, "globalDefine")) {
            return null;
        }
        Element target = Dom.firstChild(expression).orElse(null);
        if (target != null && Dom.is(target, McdxNamespaces.MATH, "function")) {
            target = Dom.child(target, McdxNamespaces.MATH, "id").orElse(null);
        }
        return target != null && Dom.is(target, McdxNamespaces.MATH, "id") ? IdentifierNames.of(target) : null;
    }
}
