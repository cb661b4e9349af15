package org.primebatch.mcdx.math;

import org.primebatch.mcdx.syntax.MathExpr;

/** The number an {@code <ml:real>} holds. */
final class RealLiteral {
    private RealLiteral() {
    }

    static double of(MathExpr.Num real) {
        String text = real.text();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException ex) {
            throw new Unsupported("a number written as " + text);
        }
    }
}
