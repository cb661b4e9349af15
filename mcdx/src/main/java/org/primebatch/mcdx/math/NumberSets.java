package org.primebatch.mcdx.math;

import org.primebatch.mcdx.xml.Dom;
import java.util.function.Predicate;
import org.w3c.dom.Element;

/** The element-of operator {@code x ∈ ℤ} for the sets of integers, reals and complex numbers. */
final class NumberSets {
    private NumberSets() {
    }

    /** The test for membership of the set the operand names; other sets (ℚ, ℕ…) are refused. */
    static Predicate<Scalar> membership(Element set) {
        if (!Dom.hasName(set, "id")) {
            throw new Unsupported("membership of something other than a named number set");
        }
        return switch (Names.of(set)) {
            case "ℤ" -> x -> Double.isFinite(x.si()) && x.si() == Math.rint(x.si());
            case "ℝ", "ℂ" -> x -> true;
            default -> throw new Unsupported("membership of the set " + Names.of(set));
        };
    }

    static Value test(Value v, Predicate<Scalar> member) {
        Scalar x = Arithmetic.scalar(v, "∈");
        if (!x.isDimensionless()) {
            throw new Unsupported("∈ of a value with units");
        }
        return Scalar.of(member.test(x));
    }
}
