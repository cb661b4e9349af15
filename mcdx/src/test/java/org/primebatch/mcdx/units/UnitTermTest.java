package org.primebatch.mcdx.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitTermTest {
    private static UnitTerm.Named named(String name) {
        return new UnitTerm.Named(Units.byName(name).orElseThrow());
    }

    @Test
    void keepsTheStructureAsTyped() {
        assertThat(Units.term("kN*m/s^2")).isEqualTo(new UnitTerm.Binary('/',
                new UnitTerm.Binary('*', named("kN"), named("m")), new UnitTerm.Power(named("s"), 2, 0, 1, false)));
        assertThat(Units.term("kN m")).isEqualTo(new UnitTerm.Binary('*', named("kN"), named("m")));
        assertThat(Units.term("N·m")).isEqualTo(new UnitTerm.Binary('*', named("N"), named("m")));
        assertThat(Units.term("1/s")).isEqualTo(new UnitTerm.Binary('/', new UnitTerm.One(), named("s")));
        assertThat(Units.term("(kN*m)^2")).isEqualTo(new UnitTerm.Power(
                new UnitTerm.Group(new UnitTerm.Binary('*', named("kN"), named("m"))), 2, 0, 1, false));
    }

    @Test
    void keepsHowAPowerWasWritten() {
        assertThat(Units.term("m^(1/2)")).isEqualTo(new UnitTerm.Power(named("m"), 0.5, 1, 2, true));
        assertThat(Units.term("s⁻²")).isEqualTo(new UnitTerm.Power(named("s"), -2, -2, 1, false));
        assertThat(Units.term("s^-1")).isEqualTo(new UnitTerm.Power(named("s"), -1, 0, 1, false));
    }

    @Test
    void namesComeOutAsTheTableSpellsThem() {
        assertThat(((UnitTerm.Named) Units.term("µm")).name()).isEqualTo(Units.byName("µm").orElseThrow().name());
        assertThat(Units.term(" °C ")).isEqualTo(named("°C"));
    }

    @Test
    void theTreeIsTheUnitParseReads() {
        for (String text : new String[] {"kN*m", "kip/ft", "kg*m^2/s^2", "m^(1/2)", "BTU/(lb*Δ°F)", "kg/m³", "°F"}) {
            assertThat(UnitExpression.typed(text, Units.term(text))).as(text).isEqualTo(Units.parse(text));
        }
    }

    @Test
    void refusesWhatParseRefuses() {
        assertThatThrownBy(() -> Units.term("kN*mx")).isInstanceOf(UnitException.class)
                .hasMessage("unknown unit 'mx' at position 4 in 'kN*mx'");
        assertThatThrownBy(() -> Units.term("J/mol K")).isInstanceOf(UnitException.class)
                .hasMessageContaining("ambiguous");
    }
}
