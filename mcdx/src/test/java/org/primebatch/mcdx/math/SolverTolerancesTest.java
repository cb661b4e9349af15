package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.math.SolverTolerances.Source;

class SolverTolerancesTest {
    @Test
    void missingSettingsAreMathcadPrimesDefaults() {
        assertThat(SolverTolerances.of(null, null)).isEqualTo(SolverTolerances.DEFAULT);
        assertThat(SolverTolerances.DEFAULT.tol()).isEqualTo(1e-3);
        assertThat(SolverTolerances.DEFAULT.ctol()).isEqualTo(1e-3);
        assertThat(SolverTolerances.of(1e-6, null)).isEqualTo(new SolverTolerances(1e-6, 1e-3));
    }

    @Test
    void rootNeverAcceptsMoreThanOneHundredThousandth() {
        assertThat(SolverTolerances.DEFAULT.rootTolerance()).isEqualTo(1e-5);
        assertThat(new SolverTolerances(1e-7, 1e-3).rootTolerance()).isEqualTo(1e-7);
    }

    @Test
    void valuesFromIterativeResultsCompareAtTheirSolversTolerance() {
        SolverTolerances t = new SolverTolerances(1e-4, 1e-6);
        assertThat(t.relative(Source.ROOT)).isEqualTo(1e-4);
        assertThat(t.relative(Source.INTEGRAL)).isEqualTo(1e-4);
        assertThat(t.relative(Source.ODE)).isEqualTo(1e-4);
        assertThat(t.relative(Source.POLYROOTS)).isEqualTo(1e-4);
        assertThat(t.relative(Source.SOLVE_BLOCK)).isEqualTo(1e-6);
        // never tighter than the exact rule
        assertThat(new SolverTolerances(1e-15, 1e-15).relative(Source.ROOT)).isEqualTo(SolverTolerances.EXACT);
    }

    @Test
    void derivativesLoseADigitPerOrder() {
        assertThat(SolverTolerances.derivative(1)).isEqualTo(1e-7);
        assertThat(SolverTolerances.derivative(3)).isCloseTo(1e-5, within(1e-20));
        assertThat(SolverTolerances.derivative(5)).isCloseTo(1e-3, within(1e-18));
        assertThatThrownBy(() -> SolverTolerances.derivative(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SolverTolerances.derivative(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tolerancesMustBePositive() {
        assertThatThrownBy(() -> new SolverTolerances(0, 1e-3)).isInstanceOf(MathError.class);
        assertThatThrownBy(() -> new SolverTolerances(1e-3, -1)).isInstanceOf(MathError.class);
        assertThatThrownBy(() -> new SolverTolerances(Double.NaN, 1e-3)).isInstanceOf(MathError.class);
    }
}
