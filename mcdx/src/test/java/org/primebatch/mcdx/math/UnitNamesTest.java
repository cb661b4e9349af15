package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.mcdx.math.SnippetPrograms.*;
import static org.primebatch.mcdx.testing.MathSnippets.*;
import static org.primebatch.mcdx.math.SnippetPrograms.run;
import static org.primebatch.mcdx.math.SnippetPrograms.value;

import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.units.Dimension;

/** Units in display units and units defined in the worksheet, in the shapes of references__statistics and others. */
class UnitNamesTest {
    private static String open(String name) {
        return "<ml:id labels=\"*\">" + name + "</ml:id>";
    }

    private static String unitDefinition(String name, String body) {
        return "<ml:define>" + unit(name) + body + "</ml:define>";
    }

    @Test
    void aDisplayUnitMayNameUnitsWithAnOpenLabel() {
        Results r = run(evalIn(apply("scale", real(2), unit("kg")), apply("pow", open("kg"), "<ml:real>2</ml:real>")));
        Outcome.Evaluated e = (Outcome.Evaluated) r.of("0");
        assertThat(e.displayUnit()).get().extracting(DisplayUnit::expression).isEqualTo("kg^2");
    }

    @Test
    void anOpenLabelNamingAVariableIsNotTakenForAUnit() {
        Results r = run(define("kg", real(3)), evalIn(real(6), open("kg")));
        assertThat(r.of("1")).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void aUnitDefinedInTheWorksheetIsUsedBelowAndNotConfusedWithAVariable() {
        Results r = run(
                define("kcal", real(7)),
                unitDefinition("kcal", apply("mult", real(4184), unit("J"))),
                eval(apply("scale", real(2), unit("kcal"))),
                eval(id("kcal")));
        Scalar energy = (Scalar) value(r, 2);
        assertThat(energy.si()).isEqualTo(8368.0);
        assertThat(energy.dimension()).isEqualTo(Dimension.of(2, 1, -2, 0, 0, 0, 0));
        assertThat(value(r, 3)).isEqualTo(Scalar.of(7));
    }

    @Test
    void aDisplayUnitUsingAUnitDefinedInTheWorksheetIsRefused() {
        Results r = run(
                unitDefinition("kJ", apply("mult", real(1000), unit("J"))),
                evalIn(apply("scale", real(2), unit("kJ")), unit("kJ")));
        assertThat(r.of("1")).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void eulerMascheroniIsAMathConstantButPhysicalConstantsAreRefused() {
        Results r = run(eval("<ml:id labels=\"CONSTANT\">γ</ml:id>"), eval("<ml:id labels=\"CONSTANT\">k</ml:id>"));
        assertThat(value(r, 0)).isEqualTo(Scalar.of(0.57721566490153287));
        assertThat(r.of("1")).isInstanceOf(Outcome.Refused.class);
    }
}
