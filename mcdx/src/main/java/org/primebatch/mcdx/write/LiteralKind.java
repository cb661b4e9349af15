package org.primebatch.mcdx.write;

import java.util.List;
import java.util.Optional;
import org.primebatch.mcdx.xml.Dom;
import org.primebatch.mcdx.xml.McdxNamespaces;
import org.w3c.dom.Element;

/** What kind of literal a definition's right-hand side is, so that an input of another kind can be refused. */
enum LiteralKind {
    NUMBER, STRING, MATRIX;

    /** The kind of a literal such as {@code 6 m}, {@code "text"}, {@code [1 2] mm}; empty for any other expression. */
    static Optional<LiteralKind> of(Element e) {
        if (!McdxNamespaces.MATH.equals(e.getNamespaceURI())) {
            return Optional.empty();
        }
        switch (e.getLocalName()) {
            case "real":
                return Optional.of(NUMBER);
            case "str":
                return Optional.of(STRING);
            case "matrix":
                return Optional.of(MATRIX);
            case "parens":
                return Dom.childAt(e, 0).flatMap(LiteralKind::of);
            case "apply":
                String operator = Dom.childAt(e, 0).map(Element::getLocalName).orElse("");
                if (List.of("scale", "mult", "div", "neg").contains(operator)) {
                    return Dom.childAt(e, 1).flatMap(LiteralKind::of);
                }
                return Optional.empty();
            default:
                return Optional.empty();
        }
    }

    static boolean accepts(LiteralKind kind, InputValue value) {
        return switch (kind) {
            case NUMBER -> value instanceof InputValue.Number;
            case STRING -> value instanceof InputValue.Str;
            case MATRIX -> value instanceof InputValue.NumberMatrix;
        };
    }

    String described() {
        return switch (this) {
            case NUMBER -> "a number";
            case STRING -> "a string";
            case MATRIX -> "a matrix";
        };
    }
}
