package org.primebatch.mcdx.math;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads the name an {@code <ml:id>} spells: plain text, or XAML spans where a subscript becomes {@code _sub}. */
final class Names {
    private Names() {
    }

    static String of(Element id) {
        StringBuilder name = new StringBuilder();
        append(id, name, false);
        return name.toString().strip();
    }

    private static void append(Node node, StringBuilder name, boolean inSubscript) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                name.append(child.getNodeValue());
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                boolean subscript = "Subscript".equals(localName(child));
                if (subscript && !inSubscript) {
                    name.append('_');
                }
                append(child, name, inSubscript || subscript);
            }
        }
    }

    private static String localName(Node node) {
        String local = node.getLocalName();
        return local != null ? local : node.getNodeName().substring(node.getNodeName().indexOf(':') + 1);
    }
}
