package org.primebatch.mcdx.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class StorageUnitsTest {
    private static List<MonomialTerm> terms(Object... nameAndPower) {
        List<MonomialTerm> terms = new ArrayList<>();
        for (int i = 0; i < nameAndPower.length; i += 2) {
            terms.add(MonomialTerm.of((String) nameAndPower[i], (Integer) nameAndPower[i + 1]));
        }
        return terms;
    }

    private static Dimension dimensionOf(String unit) {
        return Units.parse(unit).dimension();
    }

    @Test
    void siUsesANamedDerivedUnitOnlyForExactlyItsDimension() {
        assertThat(StorageUnits.monomialFor(dimensionOf("kN"), UnitSystem.SI).terms()).isEqualTo(terms("newton", 1));
        assertThat(StorageUnits.monomialFor(dimensionOf("MPa"), UnitSystem.SI).terms()).isEqualTo(terms("pascal", 1));
        assertThat(StorageUnits.monomialFor(dimensionOf("BTU"), UnitSystem.SI).terms()).isEqualTo(terms("joule", 1));
        assertThat(StorageUnits.monomialFor(dimensionOf("J/(mol*K)"), UnitSystem.SI).terms())
                .isEqualTo(terms("kilogram", 1, "meter", 2, "second", -2, "kelvin", -1, "mole", -1));
        assertThat(StorageUnits.monomialFor(dimensionOf("kN*m/s"), UnitSystem.SI).terms()).isEqualTo(terms("watt", 1));
        assertThat(StorageUnits.monomialFor(dimensionOf("kg/m^3"), UnitSystem.SI).terms())
                .isEqualTo(terms("kilogram", 1, "meter", -3));
        assertThat(StorageUnits.monomialFor(dimensionOf("kHz"), UnitSystem.SI).terms()).isEqualTo(terms("second", -1));
    }

    @Test
    void usSheetsStorePoundFootSecond() {
        StoredMonomial energy = StorageUnits.monomialFor(dimensionOf("BTU"), UnitSystem.USCS);
        assertThat(energy.terms()).isEqualTo(terms("pound", 1, "foot", 2, "second", -2));
        assertThat(energy.factor()).isCloseTo(0.45359237 * 0.3048 * 0.3048, within(1e-15));
        // 1 BTU in lb·ft²/s²
        assertThat(energy.valueOf(Units.parse("BTU").of(1))).isCloseTo(1055.05585262 / (0.45359237 * 0.09290304),
                within(1e-8));
    }

    @Test
    void readingGivesFactorAndDimension() {
        StoredMonomial stored = StorageUnits.read(terms("pound", 1, "foot", -1, "second", -2));
        assertThat(stored.dimension()).isEqualTo(dimensionOf("psi"));
        assertThat(stored.factor()).isCloseTo(0.45359237 / 0.3048, within(1e-15));
        assertThat(stored.of(2).si()).isCloseTo(2 * 0.45359237 / 0.3048, within(1e-15));
        assertThat(stored).hasToString("pound·foot^-1·second^-2");
    }

    @Test
    void fractionalPowersAndNothingAtAll() {
        StoredMonomial root = StorageUnits.monomialFor(dimensionOf("m^(1/2)"), UnitSystem.SI);
        assertThat(root.terms()).containsExactly(new MonomialTerm("meter", 1, 2));
        assertThat(new MonomialTerm("meter", 2, 4)).isEqualTo(new MonomialTerm("meter", 1, 2));
        assertThat(StorageUnits.monomialFor(Dimension.NONE, UnitSystem.SI).terms()).isEmpty();
        assertThatThrownBy(() -> StorageUnits.monomialFor(Dimension.LENGTH.pow(Math.PI), UnitSystem.SI))
                .isInstanceOf(UnitException.class).hasMessageContaining("meter");
    }

    @Test
    void unknownNamesAndSystemsAreRefused() {
        assertThatThrownBy(() -> StorageUnits.read(terms("furlong", 1))).isInstanceOf(UnitException.class)
                .hasMessageContaining("'furlong'");
        assertThatThrownBy(() -> StorageUnits.monomialFor(Dimension.LENGTH, UnitSystem.CGS))
                .isInstanceOf(UnitException.class);
        assertThat(UnitSystem.fromSettingsName("us")).isEqualTo(UnitSystem.USCS);
        assertThatThrownBy(() -> UnitSystem.fromSettingsName("imperial")).isInstanceOf(UnitException.class);
    }

    /**
     * Every stored monomial of the corpus is re-derived from its own dimension, name for name and power for power.
     * (The corpus holds SI sheets and one US sheet; derived names for coulomb, ohm, siemens and tesla, US temperature
     * and CGS never occur in it, see {@link StorageUnits}.)
     */
    @Test
    void everyStoredMonomialInTheCorpusIsRederivedFromItsDimension() {
        Map<UnitSystem, Integer> checked = new EnumMap<>(UnitSystem.class);
        List<String> mismatches = new ArrayList<>();
        for (Path mcdx : CorpusPackages.all()) {
            Document results = CorpusPackages.part(mcdx, "mathcad/result.xml").orElse(null);
            if (results == null) {
                continue;
            }
            UnitSystem system = unitSystem(mcdx);
            NodeList monomials = results.getElementsByTagNameNS(CorpusPackages.U, "unitMonomial");
            for (int i = 0; i < monomials.getLength(); i++) {
                List<MonomialTerm> stored = terms((Element) monomials.item(i));
                StoredMonomial read = StorageUnits.read(stored);
                StoredMonomial derived = StorageUnits.monomialFor(read.dimension(), system);
                if (!derived.terms().equals(stored) || Math.abs(derived.factor() / read.factor() - 1) > 1e-12) {
                    mismatches.add(CorpusPackages.label(mcdx) + ": stored " + stored + ", derived " + derived.terms());
                }
                checked.merge(system, 1, Integer::sum);
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked.get(UnitSystem.SI)).isGreaterThan(150);
        assertThat(checked.get(UnitSystem.USCS)).isPositive();
    }

    private static UnitSystem unitSystem(Path mcdx) {
        Document settings = CorpusPackages.part(mcdx, "mathcad/settings/calculation.xml").orElseThrow();
        NodeList system = settings.getElementsByTagNameNS("*", "currentUnitSystem");
        return UnitSystem.fromSettingsName(((Element) system.item(0)).getAttribute("name"));
    }

    private static List<MonomialTerm> terms(Element monomial) {
        List<MonomialTerm> terms = new ArrayList<>();
        for (Node n = monomial.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element reference && "unitReference".equals(reference.getLocalName())) {
                terms.add(new MonomialTerm(reference.getAttribute("unit"),
                        power(reference, "power-numerator"), power(reference, "power-denominator")));
            }
        }
        return terms;
    }

    private static int power(Element reference, String attribute) {
        String value = reference.getAttribute(attribute);
        return value.isEmpty() ? 1 : Integer.parseInt(value);
    }
}
