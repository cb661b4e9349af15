package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading the math XML: element children, local names, literal text. */
final class Xml {
    static final String MATH_NAMESPACE = "http://schemas.mathsoft.com/math50";

    private Xml() {
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static String name(Element e) {
        String local = e.getLocalName();
        return local != null ? local : e.getTagName().substring(e.getTagName().indexOf(':') + 1);
    }

    static boolean is(Element e, String localName) {
        return name(e).equals(localName);
    }

    static String text(Element e) {
        return e.getTextContent();
    }

    static double real(Element e) {
        String text = e.getTextContent().strip();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException ex) {
            throw new Unsupported("a number written as " + text);
        }
    }
}
