package org.primebatch.mcdx.units;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A unit monomial as result.xml stores it, with what it amounts to in SI: a stored real {@code x} with this monomial
 * is the quantity {@code x · factor} of {@code dimension}.
 */
public record StoredMonomial(List<MonomialTerm> terms, double factor, Dimension dimension) {
    public StoredMonomial {
        terms = List.copyOf(terms);
    }

    public Quantity of(double storedValue) {
        return new Quantity(storedValue * factor, dimension);
    }

    /** The real to store with this monomial for {@code q}; the dimensions must match. */
    public double valueOf(Quantity q) {
        return expression().valueOf(q);
    }

    public UnitExpression expression() {
        return new UnitExpression(toString(), factor, 0, dimension);
    }

    @Override
    public String toString() {
        return terms.stream().map(MonomialTerm::toString).collect(Collectors.joining("·"));
    }
}
