package org.primebatch.mcdx.units;

/**
 * One factor of a stored unit monomial:
 * {@code <u:unitReference unit="meter" power-numerator="-1" power-denominator="1"/>}. Absent power attributes mean 1.
 */
public record MonomialTerm(String unit, int numerator, int denominator) {
    public MonomialTerm {
        if (denominator <= 0) {
            throw new UnitException("power denominator of " + unit + " must be positive, not " + denominator);
        }
        int gcd = gcd(Math.abs(numerator), denominator);
        if (gcd > 1) {
            numerator /= gcd;
            denominator /= gcd;
        }
    }

    public static MonomialTerm of(String unit, int power) {
        return new MonomialTerm(unit, power, 1);
    }

    public double power() {
        return (double) numerator / denominator;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? Math.max(a, 1) : gcd(b, a % b);
    }

    @Override
    public String toString() {
        return unit + (numerator == 1 && denominator == 1 ? ""
                : "^" + (denominator == 1 ? Integer.toString(numerator) : "(" + numerator + "/" + denominator + ")"));
    }
}
