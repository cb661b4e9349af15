package org.primebatch.mcdx.math;

import org.primebatch.mcdx.units.Dimension;

/** A real number held in SI base units; booleans are 1 and 0 without a dimension, as Mathcad has them. */
public record Scalar(double si, Dimension dimension) implements Value {
    public static final Scalar ZERO = new Scalar(0, Dimension.NONE);
    public static final Scalar ONE = new Scalar(1, Dimension.NONE);

    public static Scalar of(double number) {
        return new Scalar(number, Dimension.NONE);
    }

    public static Scalar of(boolean truth) {
        return truth ? ONE : ZERO;
    }

    public boolean isDimensionless() {
        return dimension.isNone();
    }

    public boolean isTrue() {
        return si != 0;
    }

    /** The number, which must carry no dimension. */
    public double number(String where) {
        if (!isDimensionless()) {
            throw new MathError(where + ": this value must be dimensionless, it has units " + dimension);
        }
        return si;
    }

    /** The number as an integer, which it must be. */
    public int integer(String where) {
        double n = number(where);
        if (n != Math.rint(n) || Math.abs(n) > Integer.MAX_VALUE) {
            throw new MathError(where + ": this value must be an integer, it is " + n);
        }
        return (int) n;
    }

    @Override
    public String kind() {
        return "a number";
    }

    @Override
    public String toString() {
        return isDimensionless() ? Double.toString(si) : si + " " + dimension;
    }
}
