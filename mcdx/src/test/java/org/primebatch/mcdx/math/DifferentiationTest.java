package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.units.Dimension;

class DifferentiationTest {
    private static double derivative(ScalarFunction f, double x, int order) {
        return Differentiation.derivative(f, Scalar.of(x), order).si();
    }

    @Test
    void firstDerivativesBeyondMathcadsSevenDigits() {
        assertThat(derivative(x -> Scalar.of(Math.sin(x.si())), 1, 1)).isCloseTo(Math.cos(1), within(1e-11));
        assertThat(derivative(x -> Scalar.of(Math.exp(3 * x.si())), 0, 1)).isCloseTo(3, within(1e-10));
        assertThat(derivative(x -> Scalar.of(Math.log(x.si())), 1e-3, 1)).isCloseTo(1000, within(1e-6));
        assertThat(derivative(x -> Scalar.of(Math.sqrt(x.si())), 1e6, 1)).isCloseTo(5e-4, within(1e-14));
    }

    @Test
    void higherOrdersUpToFive() {
        assertThat(derivative(x -> Scalar.of(Math.exp(x.si())), 0, 2)).isCloseTo(1, within(1e-9));
        // d³/dx³ x⁴ = 24x
        assertThat(derivative(x -> Scalar.of(Math.pow(x.si(), 4)), 2, 3)).isCloseTo(48, within(1e-6));
        assertThat(derivative(x -> Scalar.of(Math.sin(x.si())), 0.5, 4)).isCloseTo(Math.sin(0.5), within(1e-5));
        // d⁵/dx⁵ x⁵ = 120; Mathcad promises about three digits here
        assertThat(derivative(x -> Scalar.of(Math.pow(x.si(), 5)), 1, 5)).isCloseTo(120, withinPercentage(0.01));
        assertThat(derivative(x -> Scalar.of(Math.cos(x.si())), 0.3, 5)).isCloseTo(-Math.sin(0.3), within(1e-4));
    }

    @Test
    void orderZeroIsTheFunctionAndOrdersAboveFiveAreErrors() {
        assertThat(derivative(x -> Scalar.of(x.si() * 7), 2, 0)).isEqualTo(14);
        assertThatThrownBy(() -> derivative(x -> x, 1, 6)).isInstanceOf(MathError.class);
        assertThatThrownBy(() -> derivative(x -> x, 1, -1)).isInstanceOf(MathError.class);
    }

    @Test
    void theResultHasTheFunctionsUnitsOverTheVariablesToTheOrder() {
        // s(t) = a·t²/2 with a = 5 m/s²: at t = 2 s, s' = 10 m/s and s'' = 5 m/s²
        ScalarFunction distance = t -> new Scalar(5 * t.si() * t.si() / 2, Dimension.LENGTH);
        Scalar speed = Differentiation.derivative(distance, new Scalar(2, Dimension.TIME), 1);
        assertThat(speed.dimension()).isEqualTo(Dimension.LENGTH.over(Dimension.TIME));
        assertThat(speed.si()).isCloseTo(10, within(1e-10));
        Scalar acceleration = Differentiation.derivative(distance, new Scalar(2, Dimension.TIME), 2);
        assertThat(acceleration.dimension()).isEqualTo(Dimension.LENGTH.over(Dimension.TIME.pow(2)));
        assertThat(acceleration.si()).isCloseTo(5, within(1e-8));
    }

    @Test
    void aFunctionUndefinedAroundThePointIsRefused() {
        assertThatThrownBy(() -> derivative(x -> Scalar.of(Math.sqrt(x.si())), 0, 1))
                .isInstanceOf(Unsupported.class);
    }
}
