package org.primebatch.mcdx.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Unit factors against values worked out by hand from the exact definitions. */
class UnitsTest {
    private static final Dimension FORCE = Dimension.of(1, 1, -2, 0, 0, 0, 0);
    private static final Dimension PRESSURE = Dimension.of(-1, 1, -2, 0, 0, 0, 0);
    private static final Dimension ENERGY = Dimension.of(2, 1, -2, 0, 0, 0, 0);
    private static final Dimension DYNAMIC_VISCOSITY = Dimension.of(-1, 1, -1, 0, 0, 0, 0);
    private static final Dimension KINEMATIC_VISCOSITY = Dimension.of(2, 0, -1, 0, 0, 0, 0);

    private static double si(double value, String unit) {
        return Units.parse(unit).of(value).si();
    }

    private static Unit unit(String name) {
        return Units.byName(name).orElseThrow(() -> new AssertionError("no unit " + name));
    }

    @Test
    void usForceAndPressure() {
        // lbf = 0.45359237 kg · 9.80665 m/s² = 4.4482216152605 N
        assertThat(unit("lbf").factor()).isCloseTo(4.4482216152605, within(1e-12));
        assertThat(unit("lbf").dimension()).isEqualTo(FORCE);
        // 1 kip/ft = 4448.2216152605 N / 0.3048 m
        assertThat(si(1, "kip/ft")).isCloseTo(14593.902937206365, within(1e-8));
        assertThat(si(1, "klf")).isCloseTo(14593.902937206365, within(1e-8));
        assertThat(si(1, "plf")).isCloseTo(14.593902937206365, within(1e-11));
        // 1 psi = 4.4482216152605 N / 0.0254² m²
        assertThat(si(1, "psi")).isCloseTo(6894.757293168361, within(1e-9));
        assertThat(si(1, "ksi")).isCloseTo(6894757.293168361, within(1e-6));
        assertThat(si(1, "psf")).isCloseTo(47.880258980335840, within(1e-11));
        assertThat(unit("psi").dimension()).isEqualTo(PRESSURE);
        assertThat(si(1, "tonf")).isCloseTo(8896.443230521, within(1e-8));
        assertThat(si(1, "tonnef")).isCloseTo(9806.65, within(1e-9));
        assertThat(si(1, "kgf")).isCloseTo(9.80665, within(1e-12));
        assertThat(si(1, "dyne")).isCloseTo(1e-5, within(1e-18));
    }

    @Test
    void lengthsMassesVolumes() {
        assertThat(si(1, "ft")).isEqualTo(0.3048);
        assertThat(si(1, "in")).isEqualTo(0.0254);
        assertThat(si(1, "mi")).isCloseTo(1609.344, within(1e-9));
        assertThat(si(1, "lb")).isEqualTo(0.45359237);
        assertThat(si(1, "gm")).isEqualTo(1e-3);
        assertThat(unit("kg").factor()).isEqualTo(1.0);
        assertThat(si(1, "slug")).isCloseTo(14.593902937206365, within(1e-12));
        assertThat(si(1, "L")).isCloseTo(1e-3, within(1e-18));
        assertThat(si(1, "mL")).isCloseTo(1e-6, within(1e-20));
        // US gallon: 231 in³ = 3.785411784 L
        assertThat(si(1, "gal")).isCloseTo(3.785411784e-3, within(1e-15));
        assertThat(si(1, "acre")).isCloseTo(4046.8564224, within(1e-8));
    }

    @Test
    void energyPowerTime() {
        assertThat(si(1, "BTU")).isCloseTo(1055.05585262, within(1e-9));
        assertThat(unit("BTU").dimension()).isEqualTo(ENERGY);
        assertThat(si(1, "kJ")).isCloseTo(1000, within(1e-9));
        assertThat(si(1, "cal")).isCloseTo(4.1868, within(1e-12));
        // hp = 550 ft·lbf/s = 550 · 0.3048 · 4.4482216152605 W
        assertThat(si(1, "hp")).isCloseTo(745.69987158227022, within(1e-9));
        assertThat(si(1, "kW")).isCloseTo(1000, within(1e-9));
        assertThat(si(1, "hr")).isEqualTo(3600);
        assertThat(si(1, "day")).isEqualTo(86400);
        assertThat(si(1, "min")).isEqualTo(60);
        assertThat(si(1, "yr")).isCloseTo(31556926.08, within(1e-3));
        assertThat(si(1, "kHz")).isCloseTo(1000, within(1e-9));
        assertThat(unit("Hz").dimension()).isEqualTo(Dimension.TIME.pow(-1));
        assertThat(si(1, "atm")).isEqualTo(101325);
        assertThat(si(1, "bar")).isEqualTo(1e5);
    }

    @Test
    void viscosity() {
        assertThat(si(1, "cP")).isCloseTo(1e-3, within(1e-18));
        assertThat(si(1, "poise")).isCloseTo(0.1, within(1e-18));
        assertThat(unit("cP").dimension()).isEqualTo(DYNAMIC_VISCOSITY);
        assertThat(si(1, "St")).isCloseTo(1e-4, within(1e-18));
        assertThat(si(1, "stokes")).isCloseTo(1e-4, within(1e-18));
        assertThat(si(1, "cSt")).isCloseTo(1e-6, within(1e-20));
        assertThat(unit("cSt").dimension()).isEqualTo(KINEMATIC_VISCOSITY);
    }

    @Test
    void temperaturesAreAbsoluteWithOffsetsAndDifferencesWithout() {
        // 100 °F = (100 + 459.67) · 5/9 K
        assertThat(si(100, "°F")).isCloseTo(310.92777777777775, within(1e-9));
        assertThat(si(20, "°C")).isCloseTo(293.15, within(1e-9));
        assertThat(Units.parse("°F").valueOf(Units.parse("°C").of(100))).isCloseTo(212, within(1e-9));
        assertThat(Units.parse("°C").valueOf(Units.parse("°F").of(-40))).isCloseTo(-40, within(1e-9));
        assertThat(si(9, "Δ°F")).isCloseTo(5, within(1e-12));
        assertThat(si(1, "Δ°C")).isEqualTo(1);
        assertThat(si(9, "R")).isCloseTo(5, within(1e-12));
        assertThat(unit("°C").dimension()).isEqualTo(Dimension.TEMPERATURE);
    }

    @Test
    void anglesAreDimensionless() {
        assertThat(unit("deg").factor()).isEqualTo(Math.PI / 180);
        assertThat(unit("deg").dimension().isNone()).isTrue();
        assertThat(unit("rad").dimension().isNone()).isTrue();
        assertThat(si(1, "rev")).isCloseTo(2 * Math.PI, within(1e-15));
    }

    @Test
    void electricalUnits() {
        assertThat(unit("V").dimension()).isEqualTo(Dimension.of(2, 1, -3, -1, 0, 0, 0));
        assertThat(unit("Ω").dimension()).isEqualTo(Dimension.of(2, 1, -3, -2, 0, 0, 0));
        assertThat(unit("F").dimension()).isEqualTo(Dimension.of(-2, -1, 4, 2, 0, 0, 0));
        assertThat(unit("H").dimension()).isEqualTo(Dimension.of(2, 1, -2, -2, 0, 0, 0));
        assertThat(unit("Wb").dimension()).isEqualTo(Dimension.of(2, 1, -2, -1, 0, 0, 0));
        assertThat(unit("T").dimension()).isEqualTo(Dimension.of(0, 1, -2, -1, 0, 0, 0));
        assertThat(unit("C").dimension()).isEqualTo(Dimension.of(0, 0, 1, 1, 0, 0, 0));
        assertThat(si(1, "pC")).isCloseTo(1e-12, within(1e-24));
        assertThat(si(1, "mA")).isCloseTo(1e-3, within(1e-18));
        assertThat(si(1, "kΩ")).isCloseTo(1e3, within(1e-9));
        assertThat(si(2, "mV")).isCloseTo(2e-3, within(1e-18));
    }

    @Test
    void prefixesApplyToSiUnits() {
        assertThat(si(1, "μPa")).isCloseTo(1e-6, within(1e-20));
        assertThat(si(1, "GPa")).isCloseTo(1e9, within(1e-3));
        assertThat(si(1, "MN")).isCloseTo(1e6, within(1e-6));
        assertThat(si(1, "mN")).isCloseTo(1e-3, within(1e-18));
        assertThat(si(1, "kmol")).isCloseTo(1e3, within(1e-9));
        assertThat(si(1, "ms")).isCloseTo(1e-3, within(1e-18));
        assertThat(si(1, "km")).isCloseTo(1e3, within(1e-9));
        assertThat(si(1, "mg")).isCloseTo(1e-6, within(1e-20));
        assertThat(si(1, "daN")).isCloseTo(10, within(1e-12));
        assertThat(si(1, "hPa")).isCloseTo(100, within(1e-12));
    }

    @Test
    void microAndOhmAreAcceptedInBothSpellings() {
        assertThat(Units.byName("\u00B5Pa")).isEqualTo(Units.byName("\u03BCPa")).isPresent();
        assertThat(Units.byName("k\u2126")).isEqualTo(Units.byName("k\u03A9")).isPresent();
        assertThat(si(3, "\u00B5m")).isCloseTo(3e-6, within(1e-20));
    }

    @Test
    void namesAreCaseSensitive() {
        assertThat(unit("ms").dimension()).isEqualTo(Dimension.TIME);
        assertThat(unit("mS").dimension()).isEqualTo(Dimension.of(-2, -1, 3, 2, 0, 0, 0));
        assertThat(unit("g").dimension()).isEqualTo(Dimension.of(1, 0, -2, 0, 0, 0, 0));
        assertThat(Units.byName("pa")).isEmpty();
        assertThat(Units.byName("KG")).isEmpty();
        assertThat(Units.byName("Btu")).isEmpty();
    }

    @Test
    void everyTableUnitHasAFiniteFactorAndANameThatLooksItselfUp() {
        assertThat(Units.all()).hasSizeGreaterThan(300);
        Units.all().forEach((name, unit) -> {
            assertThat(unit.factor()).as(name).isFinite().isPositive();
            assertThat(Units.byName(name)).as(name).contains(unit);
        });
    }

    @Test
    void aQuantityIsNeverExpressedInAUnitOfOtherDimensions() {
        Quantity pressure = unit("MPa").of(30);
        assertThat(Units.express(pressure, "ksi")).isCloseTo(30e6 / 6894757.293168361, within(1e-12));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Units.express(pressure, "kN*m"))
                .isInstanceOf(UnitException.class)
                .hasMessage("cannot express m^-1·kg·s^-2 in kN*m (m^2·kg·s^-2)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> unit("K").valueOf(Quantity.of(3)))
                .isInstanceOf(UnitException.class).hasMessageContaining("cannot express 1 in K");
    }
}
