package org.primebatch.mcdx.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading a parsed part: child elements by namespace and local name (the DOM only offers descendants), names,
 * attributes and text. The math compiler matches local names in any namespace; everything else names the namespace.
 */
public final class Dom {
    private Dom() {
    }

    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    public static Optional<Element> firstChild(Element parent) {
        return childAt(parent, 0);
    }

    /** The child element at {@code index} (0-based), counting elements only. */
    public static Optional<Element> childAt(Element parent, int index) {
        List<Element> children = children(parent);
        return index < children.size() ? Optional.of(children.get(index)) : Optional.empty();
    }

    public static List<Element> children(Element parent, String namespace, String localName) {
        return children(parent).stream().filter(e -> is(e, namespace, localName)).toList();
    }

    public static Optional<Element> child(Element parent, String namespace, String localName) {
        return children(parent).stream().filter(e -> is(e, namespace, localName)).findFirst();
    }

    public static Optional<Element> firstChildIn(Element parent, String namespace) {
        return children(parent).stream().filter(e -> namespace.equals(e.getNamespaceURI())).findFirst();
    }

    public static boolean is(Element e, String namespace, String localName) {
        return namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    /** Whether {@code e} is {@code <ml:localName>}; false for null. */
    public static boolean isMath(Element e, String localName) {
        return e != null && is(e, McdxNamespaces.MATH, localName);
    }

    /** Whether the {@linkplain #name name} of {@code e} is {@code localName}, in whatever namespace. */
    public static boolean hasName(Element e, String localName) {
        return name(e).equals(localName);
    }

    /** An attribute's value, or null when it is absent or empty. */
    public static String attribute(Element e, String name) {
        String value = e.getAttribute(name);
        return value.isEmpty() ? null : value;
    }

    public static Integer intAttribute(Element e, String name) {
        String value = attribute(e, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    public static double doubleAttribute(Element e, String name, double absent) {
        String value = attribute(e, name);
        if (value == null) {
            return absent;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException ex) {
            return absent;
        }
    }

    /** The local name, or the tag name without its prefix for an element made without namespaces. */
    public static String name(Element e) {
        String local = e.getLocalName();
        return local != null ? local : e.getTagName().substring(e.getTagName().indexOf(':') + 1);
    }

    /** The text content without surrounding white space. */
    public static String text(Element e) {
        return e.getTextContent().strip();
    }
}
