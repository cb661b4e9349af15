package org.primebatch.mcdx.units;

/**
 * A unit string as a tree, in the structure it was typed: {@code kN*m/s^2} is {@code (kN*m)/(s^2)}. It keeps what was
 * typed (operators, powers, parentheses) so that a worksheet can show the unit as the user wrote it.
 */
public sealed interface UnitTerm {
    /** SI base units per one of this unit, without the offset of an absolute temperature standing alone. */
    double factor();

    Dimension dimension();

    /** A unit as the unit table names it. */
    record Named(Unit unit) implements UnitTerm {
        public String name() {
            return unit.name();
        }

        @Override
        public double factor() {
            return unit.factor();
        }

        @Override
        public Dimension dimension() {
            return unit.dimension();
        }
    }

    /** The {@code 1} of {@code 1/s}. */
    record One() implements UnitTerm {
        @Override
        public double factor() {
            return 1;
        }

        @Override
        public Dimension dimension() {
            return Dimension.NONE;
        }
    }

    /** {@code operator} is {@code '*'} or {@code '/'}. */
    record Binary(char operator, UnitTerm left, UnitTerm right) implements UnitTerm {
        @Override
        public double factor() {
            return operator == '/' ? left.factor() / right.factor() : left.factor() * right.factor();
        }

        @Override
        public Dimension dimension() {
            return operator == '/' ? left.dimension().over(right.dimension()) : left.dimension().times(right.dimension());
        }
    }

    /** {@code base^power}; a power typed as a fraction {@code (n/d)} keeps its numerator and denominator. */
    record Power(UnitTerm base, double power, long numerator, long denominator, boolean fraction) implements UnitTerm {
        @Override
        public double factor() {
            return Math.pow(base.factor(), power);
        }

        @Override
        public Dimension dimension() {
            return base.dimension().pow(power);
        }
    }

    /** {@code ( … )} as typed. */
    record Group(UnitTerm inner) implements UnitTerm {
        @Override
        public double factor() {
            return inner.factor();
        }

        @Override
        public Dimension dimension() {
            return inner.dimension();
        }
    }
}
