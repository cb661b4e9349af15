package org.primebatch.mcdx.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitParserTest {
    private static final Dimension FORCE = Dimension.of(1, 1, -2, 0, 0, 0, 0);
    private static final Dimension ENERGY = Dimension.of(2, 1, -2, 0, 0, 0, 0);

    private static void assertUnit(String text, double factor, Dimension dimension) {
        UnitExpression unit = Units.parse(text);
        assertThat(unit.factor()).as(text).isCloseTo(factor, within(Math.abs(factor) * 1e-14));
        assertThat(unit.dimension()).as(text).isEqualTo(dimension);
        assertThat(unit.offset()).as(text).isZero();
    }

    @Test
    void productsQuotientsAndPowers() {
        assertUnit("kN*m", 1000, ENERGY);
        assertUnit("N·m", 1, ENERGY);
        assertUnit("N⋅m", 1, ENERGY);
        assertUnit("kip/ft", 4448.2216152605 / 0.3048, FORCE.over(Dimension.LENGTH));
        assertUnit("in^2", 0.0254 * 0.0254, Dimension.LENGTH.pow(2));
        assertUnit("m/s^2", 1, Dimension.of(1, 0, -2, 0, 0, 0, 0));
        assertUnit("kg*m^2/s^2", 1, ENERGY);
        assertUnit("1/s", 1, Dimension.TIME.pow(-1));
        assertUnit("s^-1", 1, Dimension.TIME.pow(-1));
        assertUnit("m^0.5", 1, Dimension.LENGTH.pow(0.5));
        assertUnit("m^(1/2)", 1, Dimension.LENGTH.pow(0.5));
        assertUnit("ft^(-3/2)", Math.pow(0.3048, -1.5), Dimension.LENGTH.pow(-1.5));
        assertUnit("kg/m³", 1, Dimension.of(-3, 1, 0, 0, 0, 0, 0));
        assertUnit("m·s⁻²", 1, Dimension.of(1, 0, -2, 0, 0, 0, 0));
        assertUnit("BTU/(lb*Δ°F)", 1055.05585262 / (0.45359237 * 5.0 / 9), Dimension.of(2, 0, -2, 0, -1, 0, 0));
        assertUnit("J/(mol*K)", 1, Dimension.of(2, 1, -2, 0, -1, -1, 0));
        assertUnit("(kN*m)^2", 1e6, ENERGY.pow(2));
    }

    @Test
    void divisionIsLeftToRight() {
        assertUnit("kg/m/s", 1, Dimension.of(-1, 1, -1, 0, 0, 0, 0));
        assertUnit("J/mol*K", 1, Dimension.of(2, 1, -2, 0, 1, -1, 0));
    }

    @Test
    void spaceBetweenUnitsMultiplies() {
        assertUnit("kN m", 1000, ENERGY);
        assertUnit("  kip  ft ", 4448.2216152605 * 0.3048, ENERGY);
        assertUnit("kN * m", 1000, ENERGY);
    }

    @Test
    void blankIsDimensionlessOne() {
        assertThat(Units.parse("")).isEqualTo(UnitExpression.DIMENSIONLESS);
        assertThat(Units.parse(null)).isEqualTo(UnitExpression.DIMENSIONLESS);
        assertThat(Units.parse("  ").of(2.5)).isEqualTo(Quantity.of(2.5));
    }

    @Test
    void anAbsoluteTemperatureStandsAlone() {
        UnitExpression celsius = Units.parse("°C");
        assertThat(celsius.offset()).isEqualTo(273.15);
        assertThat(celsius.hasOffset()).isTrue();
        assertThatThrownBy(() -> Units.parse("°C/s")).isInstanceOf(UnitException.class)
                .hasMessageContaining("°C at position 1").hasMessageContaining("Δ°C");
        assertThatThrownBy(() -> Units.parse("kg*°F")).isInstanceOf(UnitException.class)
                .hasMessageContaining("°F at position 4");
        assertThatThrownBy(() -> Units.parse("°C^2")).isInstanceOf(UnitException.class);
        assertUnit("W/(m^2*Δ°C)", 1, Dimension.of(0, 1, -3, 0, -1, 0, 0));
    }

    @Test
    void errorsNameTheTokenAndItsPosition() {
        assertThatThrownBy(() -> Units.parse("kN*mx")).isInstanceOf(UnitException.class)
                .hasMessage("unknown unit 'mx' at position 4 in 'kN*mx'");
        assertThatThrownBy(() -> Units.parse("kg/(m*s")).isInstanceOf(UnitException.class)
                .hasMessage("'(' is not closed at position 4 in 'kg/(m*s'");
        assertThatThrownBy(() -> Units.parse("m^")).isInstanceOf(UnitException.class)
                .hasMessage("expected a number after '^' at position 3 in 'm^'");
        assertThatThrownBy(() -> Units.parse("m^x")).isInstanceOf(UnitException.class)
                .hasMessageContaining("position 3");
        assertThatThrownBy(() -> Units.parse("kg//m")).isInstanceOf(UnitException.class)
                .hasMessage("expected a unit name, found '/' at position 4 in 'kg//m'");
        assertThatThrownBy(() -> Units.parse("2*m")).isInstanceOf(UnitException.class)
                .hasMessageContaining("found '2' at position 1");
        assertThatThrownBy(() -> Units.parse("m)")).isInstanceOf(UnitException.class)
                .hasMessage("unexpected ')' at position 2 in 'm)'");
        assertThatThrownBy(() -> Units.parse("kN*")).isInstanceOf(UnitException.class)
                .hasMessageContaining("missing at the end");
        assertThatThrownBy(() -> Units.parse("m^(1/0)")).isInstanceOf(UnitException.class)
                .hasMessageContaining("denominator 0");
        assertThat(Units.parse("Pa").factor()).isEqualTo(1);
        assertThatThrownBy(() -> Units.parse("pa")).hasMessageContaining("unknown unit 'pa'");
    }

    @Test
    void aSpaceAfterADivisionIsAmbiguous() {
        assertThatThrownBy(() -> Units.parse("J/mol K")).isInstanceOf(UnitException.class)
                .hasMessageContaining("ambiguous").hasMessageContaining("position 7");
    }

    @Test
    void convertsInBothDirections() {
        UnitExpression kipFt = Units.parse("kip*ft");
        Quantity moment = Units.parse("kN*m").of(12.067);
        double inKipFt = kipFt.valueOf(moment);
        assertThat(inKipFt).isCloseTo(12067 / (4448.2216152605 * 0.3048), within(1e-12));
        assertThat(kipFt.of(inKipFt).si()).isCloseTo(12067, within(1e-9));
    }

    @Test
    void parsesFromManyThreadsAtOnce() throws Exception {
        java.util.List<String> texts = java.util.List.of("kN/m", "cm^4", "kN*m", "kip/ft", "m/s^2", "in^2");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> checks = new java.util.ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                String text = texts.get(i % texts.size());
                checks.add(pool.submit(() -> Units.parse(text).text().equals(text)));
            }
            for (java.util.concurrent.Future<Boolean> check : checks) {
                org.assertj.core.api.Assertions.assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
