package org.primebatch.mcdx.text;

import org.primebatch.mcdx.sheet.McdxNamespaces;
import org.w3c.dom.Element;

/** Reading {@code ml:} elements. */
final class Ml {
    private Ml() {
    }

    static boolean is(Element e, String name) {
        return e != null && McdxNamespaces.MATH.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
    }
}
