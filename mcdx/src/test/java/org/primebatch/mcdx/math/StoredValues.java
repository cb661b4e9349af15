package org.primebatch.mcdx.math;

import org.primebatch.mcdx.xml.Dom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.primebatch.mcdx.units.Dimension;
import org.primebatch.mcdx.units.MonomialTerm;
import org.primebatch.mcdx.units.StorageUnits;
import org.primebatch.mcdx.units.StoredMonomial;
import org.w3c.dom.Element;

/**
 * Compares a computed value with the {@code <ml:result>} Mathcad stored: a bare number is in the display unit (or
 * dimensionless), a {@code unitedValue} carries a monomial in base units (times the display unit when there is one).
 * Numbers must agree within a relative 1e-9 in SI and in dimension.
 */
final class StoredValues {
    private static final double RELATIVE = 1e-9;

    private StoredValues() {
    }

    /** Why the values differ; empty when they agree. Throws {@link IllegalArgumentException} for unreadable forms. */
    static Optional<String> difference(Value computed, Element result, Optional<DisplayUnit> display) {
        List<Element> children = Dom.children(result);
        if (children.isEmpty()) {
            throw new IllegalArgumentException("an empty result");
        }
        return compare(computed, children.get(0), null, display, 0);
    }

    /** {@code scale}: the largest magnitude among a matrix's elements, which sets how close near-zeros must be. */
    private static Optional<String> compare(Value computed, Element stored, StoredMonomial monomial,
            Optional<DisplayUnit> display, double scale) {
        switch (Dom.name(stored)) {
            case "real" -> {
                if (!(computed instanceof Scalar s)) {
                    return Optional.of("computed " + computed.kind() + ", stored a number");
                }
                return numbers(s, Double.parseDouble(stored.getTextContent().strip()), monomial, display, scale);
            }
            case "str" -> {
                if (!(computed instanceof Text t)) {
                    return Optional.of("computed " + computed.kind() + ", stored a string");
                }
                return t.text().equals(stored.getTextContent()) ? Optional.empty()
                        : Optional.of("computed \"" + t.text() + "\", stored \"" + stored.getTextContent() + "\"");
            }
            case "unitedValue" -> {
                Element value = null;
                StoredMonomial units = null;
                for (Element child : Dom.children(stored)) {
                    if (Dom.name(child).equals("unitMonomial")) {
                        units = monomial(child);
                    } else if (value == null) {
                        value = child;
                    }
                }
                if (value == null) {
                    throw new IllegalArgumentException("a unitedValue without a value");
                }
                return compare(computed, value, units, display, scale);
            }
            case "matrix" -> {
                if (!(computed instanceof Matrix m)) {
                    return Optional.of("computed " + computed.kind() + ", stored a matrix");
                }
                int rows = Integer.parseInt(stored.getAttribute("rows"));
                int cols = Integer.parseInt(stored.getAttribute("cols"));
                List<Element> elements = new ArrayList<>(Dom.children(stored));
                elements.removeIf(e -> Dom.name(e).equals("display"));
                if (m.rows() != rows || m.cols() != cols) {
                    return Optional.of("computed a " + m.rows() + "x" + m.cols() + " matrix, stored " + rows + "x" + cols);
                }
                double largest = m.elements().stream().filter(Scalar.class::isInstance)
                        .mapToDouble(e -> Math.abs(((Scalar) e).si())).max().orElse(0);
                for (int i = 0; i < elements.size(); i++) {
                    Optional<String> d = compare(m.elements().get(i), elements.get(i), monomial, display, largest);
                    if (d.isPresent()) {
                        return Optional.of("element [" + (i % rows) + "," + (i / rows) + "]: " + d.get());
                    }
                }
                return Optional.empty();
            }
            default -> throw new IllegalArgumentException("a stored " + Dom.name(stored));
        }
    }

    private static StoredMonomial monomial(Element e) {
        List<MonomialTerm> terms = new ArrayList<>();
        for (Element ref : Dom.children(e)) {
            terms.add(new MonomialTerm(ref.getAttribute("unit"), power(ref, "power-numerator"),
                    power(ref, "power-denominator")));
        }
        try {
            return StorageUnits.read(terms);
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("the stored unit: " + ex.getMessage());
        }
    }

    private static int power(Element ref, String attribute) {
        String text = ref.getAttribute(attribute);
        return text.isEmpty() ? 1 : Integer.parseInt(text.strip());
    }

    private static Optional<String> numbers(Scalar computed, double stored, StoredMonomial monomial,
            Optional<DisplayUnit> display, double scale) {
        double leftoverFactor = monomial == null ? 1 : monomial.factor();
        Dimension leftover = monomial == null ? Dimension.NONE : monomial.dimension();
        double si;
        Dimension dimension;
        if (display.isEmpty()) {
            si = stored * leftoverFactor;
            dimension = leftover;
        } else if (monomial == null) {
            si = stored * display.get().factor() + display.get().offset();
            dimension = display.get().dimension();
        } else {
            si = stored * display.get().factor() * leftoverFactor;
            dimension = display.get().dimension().times(leftover);
        }
        if (!computed.dimension().equals(dimension)) {
            return Optional.of("computed dimension " + computed.dimension() + ", stored " + dimension);
        }
        if (!close(computed.si(), si) && Math.abs(computed.si() - si) > RELATIVE * scale) {
            return Optional.of("computed " + computed.si() + ", stored " + si + " (SI)");
        }
        return Optional.empty();
    }

    private static boolean close(double a, double b) {
        if (a == b) {
            return true;
        }
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return false;
        }
        return Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b)) || Math.abs(a - b) < 1e-300;
    }
}
