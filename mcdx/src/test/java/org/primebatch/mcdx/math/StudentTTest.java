package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.primebatch.mcdx.math.SnippetPrograms.*;
import static org.primebatch.mcdx.testing.MathSnippets.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StudentTTest {

    @Test
    void logGammaAgreesWithReferenceValues() {
        assertThat(GammaFunctions.logGamma(0.5)).isCloseTo(0.5723649429247004, within(1e-14));
        assertThat(GammaFunctions.logGamma(1)).isCloseTo(0, within(1e-14));
        assertThat(GammaFunctions.logGamma(2.5)).isCloseTo(0.2846828704729196, within(1e-14));
        assertThat(GammaFunctions.logGamma(10)).isCloseTo(12.801827480081467, within(1e-13));
        assertThat(GammaFunctions.logGamma(19.5)).isCloseTo(37.8610865089611, within(1e-13));
        assertThat(GammaFunctions.logGamma(100.25)).isCloseTo(360.2845596377643, within(1e-12));
    }

    @Test
    void distributionWithClosedFormsForOneAndTwoDegreesOfFreedom() {
        Results r = MathProgram.compile(regions(
                eval(call("pt", real(1), real(1))),
                eval(call("qt", real(0.75), real(1))),
                eval(call("pt", real(1), real(2))),
                eval(call("pt", real(0), real(7))),
                eval(call("dt", real(0), real(1))),
                eval(call("qt", real(0.25), real(1))),
                eval(call("pt", real(-1), real(2))),
                eval(call("qt", real(0), real(3)))), 0).run(Map.of());
        // one degree of freedom is Cauchy's distribution: 1/2 + atan(x)/π
        assertThat(number(r, 0)).isCloseTo(0.75, within(1e-15));
        assertThat(number(r, 1)).isCloseTo(1, within(1e-14));
        // two: 1/2 + x / (2√(x² + 2))
        assertThat(number(r, 2)).isCloseTo(0.7886751345948129, within(1e-15));
        assertThat(number(r, 3)).isEqualTo(0.5);
        assertThat(number(r, 4)).isCloseTo(1 / Math.PI, within(1e-15));
        assertThat(number(r, 5)).isCloseTo(-1, within(1e-14));
        assertThat(number(r, 6)).isCloseTo(1 - 0.7886751345948129, within(1e-15));
        assertThat(r.of("7")).isInstanceOf(Outcome.Failed.class);
    }
}
