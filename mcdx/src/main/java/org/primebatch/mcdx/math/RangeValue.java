package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.List;
import org.primebatch.mcdx.units.Dimension;

/** A range {@code first, second .. last}, stepping by {@code second - first} (by ±1 when there is no second). */
public record RangeValue(double first, double step, double last, Dimension dimension) implements Value {
    private static final int MAX_STEPS = 10_000_000;

    public static RangeValue of(Scalar first, Scalar second, Scalar last) {
        if (!first.dimension().equals(last.dimension())
                || second != null && !second.dimension().equals(first.dimension())) {
            throw new MathError("the bounds of a range must have the same units");
        }
        double step = second != null ? second.si() - first.si() : (last.si() >= first.si() ? 1 : -1);
        if (second == null && !first.isDimensionless()) {
            throw new MathError("a range with units needs a second value to give its step");
        }
        if (step == 0) {
            throw new MathError("the step of a range must not be zero");
        }
        return new RangeValue(first.si(), step, last.si(), first.dimension());
    }

    /** The values in order; empty when the step leads away from the last value, as in Mathcad. */
    public List<Scalar> values() {
        List<Scalar> values = new ArrayList<>();
        double tolerance = Math.abs(step) * 1e-12;
        for (int k = 0; ; k++) {
            double v = first + k * step;
            if (step > 0 ? v > last + tolerance : v < last - tolerance) {
                break;
            }
            if (k >= MAX_STEPS) {
                throw new Unsupported("a range of more than " + MAX_STEPS + " values");
            }
            values.add(new Scalar(v, dimension));
        }
        return values;
    }

    public Matrix toVector() {
        List<Scalar> values = values();
        if (values.isEmpty()) {
            throw new MathError("the range is empty");
        }
        return Matrix.column(values);
    }

    @Override
    public String kind() {
        return "a range";
    }
}
