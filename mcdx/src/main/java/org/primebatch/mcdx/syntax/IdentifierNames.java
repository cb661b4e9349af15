package org.primebatch.mcdx.syntax;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The names of {@code <ml:id>} elements as text. A literal subscript is XAML inside the id
 * ({@code <Span>W<pw:Subscript>P</pw:Subscript></Span>}) and reads as {@code W_P}; a subscript nested in another adds
 * no second '_', as the evaluator reads names.
 */
public final class IdentifierNames {
    private IdentifierNames() {
    }

    /** The name an {@code <ml:id>} (or any element holding a name) spells, subscripts joined with '_'. */
    public static String of(Element id) {
        StringBuilder name = new StringBuilder();
        append(id, name, false);
        return name.toString().strip();
    }

    private static void append(Node node, StringBuilder name, boolean inSubscript) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                name.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                boolean subscript = "Subscript".equals(e.getLocalName());
                if (subscript && !inSubscript) {
                    name.append('_');
                }
                append(e, name, inSubscript || subscript);
            }
        }
    }
}
