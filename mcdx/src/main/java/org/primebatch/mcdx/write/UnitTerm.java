package org.primebatch.mcdx.write;

/** A unit string as a tree, in the structure it was typed: {@code kN*m/s^2} is {@code (kN*m)/(s^2)}. */
sealed interface UnitTerm {
    /** A unit as the unit table names it. */
    record Named(String name) implements UnitTerm {
    }

    /** The {@code 1} of {@code 1/s}. */
    record One() implements UnitTerm {
    }

    /** {@code operator} is {@code '*'} or {@code '/'}. */
    record Binary(char operator, UnitTerm left, UnitTerm right) implements UnitTerm {
    }

    /** {@code base^power}; a power typed as a fraction {@code (n/d)} keeps its numerator and denominator. */
    record Power(UnitTerm base, double power, long numerator, long denominator, boolean fraction) implements UnitTerm {
    }

    /** {@code ( … )} as typed. */
    record Group(UnitTerm inner) implements UnitTerm {
    }
}
