package org.primebatch.mcdx.math;

import java.util.function.Predicate;
import org.primebatch.mcdx.syntax.MathExpr;

/** The element-of operator {@code x ∈ ℤ} for the sets of integers, reals and complex numbers. */
final class NumberSets {
    private NumberSets() {
    }

    /** The test for membership of the set the operand names; other sets (ℚ, ℕ…) are refused. */
    static Predicate<Scalar> membership(MathExpr set) {
        if (!(set instanceof MathExpr.Ident id)) {
            throw new Unsupported("membership of something other than a named number set");
        }
        return switch (id.name()) {
            case "ℤ" -> x -> Double.isFinite(x.si()) && x.si() == Math.rint(x.si());
            case "ℝ", "ℂ" -> x -> true;
            default -> throw new Unsupported("membership of the set " + id.name());
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
