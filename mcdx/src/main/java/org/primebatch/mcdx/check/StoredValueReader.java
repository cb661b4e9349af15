package org.primebatch.mcdx.check;

import java.util.ArrayList;
import java.util.List;
import org.primebatch.mcdx.xml.McdxNamespaces;
import org.primebatch.mcdx.units.MonomialTerm;
import org.primebatch.mcdx.units.StorageUnits;
import org.primebatch.mcdx.units.StoredMonomial;
import org.primebatch.mcdx.units.UnitException;
import org.primebatch.mcdx.xml.Dom;
import org.w3c.dom.Element;

/** Reads the {@code <ml:result>} of a region in result.xml. */
final class StoredValueReader {
    private StoredValueReader() {
    }

    static StoredValue read(Element result) {
        Element value = firstElement(result);
        return value == null ? new StoredValue.Unreadable("an empty result") : value(value, null);
    }

    private static StoredValue value(Element e, StoredMonomial monomial) {
        String name = e.getLocalName();
        switch (name) {
            case "real":
                try {
                    return new StoredValue.Number(Double.parseDouble(e.getTextContent().trim()), monomial);
                } catch (NumberFormatException ex) {
                    return new StoredValue.Unreadable("the number '" + e.getTextContent().trim() + "'");
                }
            case "str":
                return new StoredValue.Str(e.getTextContent());
            case "matrix":
                return grid(e, monomial);
            case "unitedValue":
                return united(e);
            default:
                return new StoredValue.Unreadable("a stored " + name);
        }
    }

    private static StoredValue united(Element e) {
        Element value = null;
        Element monomial = null;
        for (Element child : children(e)) {
            if ("unitMonomial".equals(child.getLocalName())) {
                monomial = child;
            } else if (value == null) {
                value = child;
            }
        }
        if (value == null) {
            return new StoredValue.Unreadable("a unitedValue without a value");
        }
        StoredMonomial units = null;
        if (monomial != null) {
            List<MonomialTerm> terms = new ArrayList<>();
            for (Element ref : children(monomial)) {
                terms.add(new MonomialTerm(ref.getAttribute("unit"), power(ref, "power-numerator"), power(ref, "power-denominator")));
            }
            try {
                units = StorageUnits.read(terms);
            } catch (UnitException ex) {
                return new StoredValue.Unreadable("the stored unit: " + ex.getMessage());
            }
        }
        return value(value, units);
    }

    private static int power(Element ref, String attribute) {
        String text = ref.getAttribute(attribute);
        return text.isEmpty() ? 1 : Integer.parseInt(text.trim());
    }

    private static StoredValue grid(Element e, StoredMonomial monomial) {
        int rows;
        int cols;
        try {
            rows = Integer.parseInt(e.getAttribute("rows"));
            cols = Integer.parseInt(e.getAttribute("cols"));
        } catch (NumberFormatException ex) {
            return new StoredValue.Unreadable("a matrix without its size");
        }
        List<StoredValue> elements = new ArrayList<>();
        for (Element child : children(e)) {
            if (!"display".equals(child.getLocalName())) {
                elements.add(value(child, monomial));
            }
        }
        if (elements.size() != (long) rows * cols) {
            return new StoredValue.Unreadable("a " + rows + "×" + cols + " matrix holding " + elements.size() + " elements");
        }
        return new StoredValue.Grid(rows, cols, elements);
    }

    private static Element firstElement(Element parent) {
        List<Element> children = children(parent);
        return children.isEmpty() ? null : children.get(0);
    }

    /** Children in the math and units namespaces (result.xml also holds elements of its own). */
    private static List<Element> children(Element parent) {
        return Dom.children(parent).stream().filter(e -> McdxNamespaces.MATH.equals(e.getNamespaceURI())
                || McdxNamespaces.UNITS.equals(e.getNamespaceURI())).toList();
    }
}
