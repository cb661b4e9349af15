package org.primebatch.mcdx.units;

import java.util.Arrays;

/**
 * A physical dimension as exponents of the seven SI base quantities, in the order of {@link #BASE}: length, mass,
 * time, electric current, temperature, amount of substance, luminous intensity. Exponents may be fractional (a
 * square root of an area is a length); two dimensions are equal when every exponent agrees to 1e-9.
 */
public final class Dimension {
    /** Symbols of the base units, in exponent order. */
    public static final String[] BASE = {"m", "kg", "s", "A", "K", "mol", "cd"};

    public static final Dimension NONE = new Dimension(new double[7]);
    public static final Dimension LENGTH = base(0);
    public static final Dimension MASS = base(1);
    public static final Dimension TIME = base(2);
    public static final Dimension CURRENT = base(3);
    public static final Dimension TEMPERATURE = base(4);
    public static final Dimension AMOUNT = base(5);
    public static final Dimension LUMINOSITY = base(6);

    private static final double TOLERANCE = 1e-9;

    private final double[] exponents;

    private Dimension(double[] exponents) {
        this.exponents = exponents;
    }

    private static Dimension base(int index) {
        double[] e = new double[7];
        e[index] = 1;
        return new Dimension(e);
    }

    /** length^m · mass^kg · time^s · current^a · temperature^k · amount^mol · luminosity^cd */
    public static Dimension of(double m, double kg, double s, double a, double k, double mol, double cd) {
        return new Dimension(new double[] {m, kg, s, a, k, mol, cd});
    }

    public double exponent(int index) {
        return exponents[index];
    }

    public boolean isNone() {
        return equals(NONE);
    }

    public Dimension times(Dimension other) {
        double[] e = new double[7];
        for (int i = 0; i < 7; i++) {
            e[i] = clean(exponents[i] + other.exponents[i]);
        }
        return new Dimension(e);
    }

    public Dimension over(Dimension other) {
        double[] e = new double[7];
        for (int i = 0; i < 7; i++) {
            e[i] = clean(exponents[i] - other.exponents[i]);
        }
        return new Dimension(e);
    }

    public Dimension pow(double power) {
        double[] e = new double[7];
        for (int i = 0; i < 7; i++) {
            e[i] = clean(exponents[i] * power);
        }
        return new Dimension(e);
    }

    /** Rounds an exponent that is within the tolerance of a simple fraction (n/12) to it. */
    private static double clean(double exponent) {
        double twelfths = Math.rint(exponent * 12);
        return Math.abs(exponent * 12 - twelfths) < TOLERANCE ? twelfths / 12 : exponent;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Dimension d)) {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            if (Math.abs(exponents[i] - d.exponents[i]) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        double[] rounded = new double[7];
        for (int i = 0; i < 7; i++) {
            rounded[i] = Math.rint(exponents[i] * 1e6) / 1e6 + 0.0;
        }
        return Arrays.hashCode(rounded);
    }

    /** In base units, such as {@code kg·m·s^-2}; {@code 1} when dimensionless. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            double e = exponents[i];
            if (e == 0) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('·');
            }
            text.append(BASE[i]);
            if (e != 1) {
                text.append('^').append(e == Math.rint(e) ? Long.toString((long) e) : Double.toString(e));
            }
        }
        return text.isEmpty() ? "1" : text.toString();
    }
}
