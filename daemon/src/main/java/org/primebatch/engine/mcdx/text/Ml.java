package org.primebatch.engine.mcdx.text;

import java.util.ArrayList;
import java.util.List;
import org.primebatch.engine.mcdx.sheet.McdxNamespaces;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading {@code ml:} elements. */
final class Ml {
    private Ml() {
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                out.add(child);
            }
        }
        return out;
    }

    static String name(Element e) {
        String local = e.getLocalName();
        return local == null ? e.getTagName() : local;
    }

    static boolean is(Element e, String name) {
        return e != null && McdxNamespaces.MATH.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
    }

    static String text(Element e) {
        return e.getTextContent().strip();
    }
}
