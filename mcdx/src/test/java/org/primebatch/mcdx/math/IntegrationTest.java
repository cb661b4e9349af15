package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.units.Dimension;

class IntegrationTest {
    private static final double TOL = 1e-3;
    private static final Scalar INFINITY = Scalar.of(1e307);

    private static double integral(ScalarFunction f, double a, double b) {
        return Integration.integrate(f, Scalar.of(a), Scalar.of(b), TOL).si();
    }

    @Test
    void integralsWithClosedForms() {
        assertThat(integral(x -> Scalar.of(Math.sin(x.si())), 0, Math.PI)).isCloseTo(2, within(1e-14));
        assertThat(integral(x -> Scalar.of(x.si() * x.si()), 0, 1)).isCloseTo(1 / 3.0, within(1e-15));
        assertThat(integral(x -> Scalar.of(1 / x.si()), 1, Math.E)).isCloseTo(1, within(1e-14));
        assertThat(integral(x -> Scalar.of(1 / (1 + x.si() * x.si())), 0, 1)).isCloseTo(Math.PI / 4, within(1e-15));
        // a rapidly varying integrand: ∫₀^π sin²(50x) dx = π/2
        assertThat(integral(x -> Scalar.of(Math.pow(Math.sin(50 * x.si()), 2)), 0, Math.PI))
                .isCloseTo(Math.PI / 2, within(1e-12));
    }

    @Test
    void reversedAndEmptyIntervals() {
        assertThat(integral(x -> Scalar.of(x.si() * x.si()), 1, 0)).isCloseTo(-1 / 3.0, within(1e-15));
        assertThat(integral(x -> Scalar.of(x.si()), 2, 2)).isEqualTo(0);
    }

    @Test
    void cancellingIntegrandsGiveZero() {
        assertThat(integral(x -> Scalar.of(Math.sin(x.si())), 0, 2 * Math.PI)).isCloseTo(0, within(1e-14));
    }

    @Test
    void mathcadsInfinityAsALimit() {
        assertThat(Integration.integrate(x -> Scalar.of(Math.exp(-x.si())), Scalar.of(0), INFINITY, TOL).si())
                .isCloseTo(1, within(1e-13));
        assertThat(Integration.integrate(x -> Scalar.of(Math.exp(-x.si() * x.si())), Scalar.of(-1e307), INFINITY,
                TOL).si()).isCloseTo(Math.sqrt(Math.PI), within(1e-13));
        assertThat(Integration.integrate(x -> Scalar.of(1 / (x.si() * x.si())), Scalar.of(-1e307), Scalar.of(-1),
                TOL).si()).isCloseTo(1, within(1e-13));
    }

    @Test
    void integrableSingularitiesAtTheEnds() {
        assertThat(integral(x -> Scalar.of(1 / Math.sqrt(x.si())), 0, 1)).isCloseTo(2, within(1e-9));
        assertThat(integral(x -> Scalar.of(Math.log(x.si())), 0, 1)).isCloseTo(-1, within(1e-9));
    }

    @Test
    void theResultHasTheIntegrandsUnitsTimesTheVariables() {
        // the work of a spring of 3 N/m stretched by 2 m: ∫₀² 3 N/m·x dx = 6 J
        Dimension newton = Dimension.of(1, 1, -2, 0, 0, 0, 0);
        Scalar work = Integration.integrate(x -> new Scalar(3 * x.si(), newton), Scalar.of(0),
                new Scalar(2, Dimension.LENGTH), TOL);
        assertThat(work.dimension()).isEqualTo(newton.times(Dimension.LENGTH));
        assertThat(work.si()).isCloseTo(6, within(1e-14));
        assertThatThrownBy(() -> Integration.integrate(x -> Scalar.of(1), new Scalar(0, Dimension.TIME),
                new Scalar(1, Dimension.LENGTH), TOL)).isInstanceOf(MathError.class).hasMessageContaining("units");
    }

    @Test
    void aNonIntegrableSingularityDoesNotConverge() {
        assertThatThrownBy(() -> integral(x -> Scalar.of(1 / x.si()), 0, 1))
                .isInstanceOf(MathError.class).hasMessageStartingWith("∫ did not converge");
    }

    @Test
    void integrandsThatAreNotFiniteOrRealAreRefused() {
        // 1/|x| is infinite at the midpoint 0, a node of the rule
        assertThatThrownBy(() -> integral(x -> Scalar.of(1 / Math.abs(x.si())), -1, 1))
                .isInstanceOf(Unsupported.class);
        assertThatThrownBy(() -> integral(x -> ComplexScalar.imaginary(x.si()), 0, 1))
                .isInstanceOf(Unsupported.class);
    }
}
