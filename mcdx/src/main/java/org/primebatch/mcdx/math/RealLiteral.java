package org.primebatch.mcdx.math;

import org.w3c.dom.Element;

/** The number an {@code <ml:real>} holds. */
final class RealLiteral {
    private RealLiteral() {
    }

    static double of(Element real) {
        String text = real.getTextContent().strip();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException ex) {
            throw new Unsupported("a number written as " + text);
        }
    }
}
