package org.primebatch.mcdx.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit names of result.xml ({@code <u:unitReference unit="newton" …/>}) and the monomial Mathcad stores for a
 * dimension.
 *
 * <p>What the corpus shows (every stored monomial of every worksheet): SI sheets store a single named derived unit
 * with power 1 when the dimension is exactly that unit's (newton, pascal, joule, watt, volt, farad, henry, weber), and
 * otherwise base units in the order kilogram, meter, second, ampere, kelvin, mole: J/(mol·K) is stored as
 * kilogram·meter²·second⁻²·kelvin⁻¹·mole⁻¹, F/m as kilogram⁻¹·meter⁻³·second⁴·ampere², never as a derived unit
 * times a rest. US sheets store pound (mass), foot and second; energy appears as pound·foot²·second⁻², so there is no
 * derived-unit simplification at least for energy.
 *
 * <p>Not confirmed by any stored value, and so chosen by analogy: the SI names coulomb, ohm, siemens and tesla (SI
 * derived units that Mathcad shows as C, Ω, S, T); candela and its place last; 1/s stays second⁻¹ (Mathcad simplifies
 * to Hz only in custom unit systems); US temperature as rankine and no lbf simplification for force in US sheets.
 * CGS sheets have no known storage names: writing for them throws.
 */
public final class StorageUnits {
    private record Named(String name, double factor, Dimension dimension) {
    }

    private static final List<Named> SI_BASE = List.of(
            new Named("kilogram", 1, Dimension.MASS),
            new Named("meter", 1, Dimension.LENGTH),
            new Named("second", 1, Dimension.TIME),
            new Named("ampere", 1, Dimension.CURRENT),
            new Named("kelvin", 1, Dimension.TEMPERATURE),
            new Named("mole", 1, Dimension.AMOUNT),
            new Named("candela", 1, Dimension.LUMINOSITY));

    private static final List<Named> US_BASE = List.of(
            named("pound", "lb"),
            named("foot", "ft"),
            named("second", "s"),
            named("ampere", "A"),
            named("rankine", "R"),
            named("mole", "mol"),
            named("candela", "cd"));

    private static final List<Named> SI_DERIVED = List.of(
            named("newton", "N"), named("pascal", "Pa"), named("joule", "J"), named("watt", "W"),
            named("coulomb", "C"), named("volt", "V"), named("farad", "F"), named("ohm", "Ω"),
            named("siemens", "S"), named("weber", "Wb"), named("tesla", "T"), named("henry", "H"));

    private static final Map<String, Named> BY_NAME = new LinkedHashMap<>();

    static {
        for (List<Named> group : List.of(SI_BASE, US_BASE, SI_DERIVED)) {
            for (Named n : group) {
                BY_NAME.putIfAbsent(n.name, n);
            }
        }
    }

    private StorageUnits() {
    }

    private static Named named(String storageName, String unitName) {
        Unit unit = Units.byName(unitName).orElseThrow();
        return new Named(storageName, unit.factor(), unit.dimension());
    }

    /** The storage names this class reads. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** What a stored monomial amounts to in SI. */
    public static StoredMonomial read(List<MonomialTerm> terms) {
        double factor = 1;
        Dimension dimension = Dimension.NONE;
        for (MonomialTerm term : terms) {
            Named unit = BY_NAME.get(term.unit());
            if (unit == null) {
                throw new UnitException("unknown unit '" + term.unit() + "' in a stored unit monomial");
            }
            factor *= Math.pow(unit.factor, term.power());
            dimension = dimension.times(unit.dimension.pow(term.power()));
        }
        return new StoredMonomial(terms, factor, dimension);
    }

    /**
     * The monomial Mathcad stores for a value of {@code dimension} in a sheet of {@code system}; empty for a
     * dimensionless value (stored as a bare real).
     */
    public static StoredMonomial monomialFor(Dimension dimension, UnitSystem system) {
        List<Named> base = switch (system) {
            case SI -> SI_BASE;
            case USCS -> US_BASE;
            case CGS -> throw new UnitException("the names Mathcad stores for CGS sheets are not known");
        };
        if (system == UnitSystem.SI) {
            for (Named derived : SI_DERIVED) {
                if (derived.dimension.equals(dimension)) {
                    return read(List.of(MonomialTerm.of(derived.name, 1)));
                }
            }
        }
        List<MonomialTerm> terms = new ArrayList<>();
        for (Named unit : base) {
            double exponent = dimension.exponent(indexOf(unit.dimension));
            if (exponent != 0) {
                terms.add(rational(unit.name, exponent));
            }
        }
        return read(terms);
    }

    private static int indexOf(Dimension baseDimension) {
        for (int i = 0; i < Dimension.BASE.length; i++) {
            if (baseDimension.exponent(i) != 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a base dimension: " + baseDimension);
    }

    /** Dimension exponents are clean multiples of 1/12 or arbitrary reals; only the former can be stored. */
    private static MonomialTerm rational(String unit, double exponent) {
        for (int denominator = 1; denominator <= 12; denominator++) {
            double numerator = exponent * denominator;
            if (Math.abs(numerator - Math.rint(numerator)) < 1e-9) {
                return new MonomialTerm(unit, (int) Math.rint(numerator), denominator);
            }
        }
        throw new UnitException("the power " + exponent + " of " + unit + " is not a fraction with a small denominator");
    }
}
