package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.units.Dimension;

class AdaptiveOdeTest {
    @Test
    void exponentialGrowthAtTheGridAndBetweenIt() {
        OdeSolution y = AdaptiveOde.solve((t, v) -> new double[] {v[0]}, 0, new double[] {1}, 1,
                AdaptiveOde.DEFAULT_INTERVALS);
        assertThat(y.points()).isEqualTo(1001);
        assertThat(y.value(0, 1000)).isCloseTo(Math.E, within(1e-12));
        assertThat(y.value(0, 500)).isCloseTo(Math.exp(0.5), within(1e-12));
        assertThat(y.at(0, 0.5)).isEqualTo(y.value(0, 500));
        // between grid points the natural spline is within h⁴ inside, h² by the ends where it forces y'' = 0
        assertThat(y.at(0, 0.3337)).isCloseTo(Math.exp(0.3337), within(1e-12));
        assertThat(y.at(0, 0.0004)).isCloseTo(Math.exp(0.0004), within(1e-7));
    }

    @Test
    void aHarmonicOscillatorAsAFirstOrderSystem() {
        // y'' = -y, y(0) = 0, y'(0) = 1: y = sin t, y' = cos t
        OdeSolution s = AdaptiveOde.solve((t, v) -> new double[] {v[1], -v[0]}, 0, new double[] {0, 1}, 10, 1000);
        assertThat(s.value(0, 1000)).isCloseTo(Math.sin(10), within(1e-9));
        assertThat(s.value(1, 1000)).isCloseTo(Math.cos(10), within(1e-9));
        assertThat(s.at(0, 7.77)).isCloseTo(Math.sin(7.77), within(1e-9));
    }

    @Test
    void integrationBackwardsFromTheInitialPoint() {
        OdeSolution y = AdaptiveOde.solve((t, v) -> new double[] {-2 * v[0]}, 1, new double[] {1}, 0, 10);
        assertThat(y.time(10)).isEqualTo(0);
        assertThat(y.value(0, 10)).isCloseTo(Math.exp(2), within(1e-10));
        assertThat(y.at(0, 0.5)).isCloseTo(Math.exp(1), within(1e-10));
    }

    @Test
    void theSolutionIsAFunctionOfTWithUnitsDefinedOnTheSolvedIntervalOnly() {
        // a body falling from rest: v' = g, v(0) = 0 m/s over 2 s
        Dimension speed = Dimension.LENGTH.over(Dimension.TIME);
        OdeSolution v = AdaptiveOde.solve((t, y) -> new double[] {9.80665}, 0, new double[] {0}, 2, 100);
        FunctionValue velocity = v.function("v", 0, Dimension.TIME, speed);
        Scalar atOne = (Scalar) velocity.call(List.of(new Scalar(1.234, Dimension.TIME)));
        assertThat(atOne.dimension()).isEqualTo(speed);
        assertThat(atOne.si()).isCloseTo(9.80665 * 1.234, within(1e-12));
        assertThatThrownBy(() -> velocity.call(List.of(new Scalar(2.5, Dimension.TIME))))
                .isInstanceOf(MathError.class).hasMessageContaining("defined from");
        assertThatThrownBy(() -> velocity.call(List.of(new Scalar(1, Dimension.LENGTH))))
                .isInstanceOf(MathError.class).hasMessageContaining("units");
        assertThat(v.functions(List.of("v"), Dimension.TIME, List.of(speed))).hasSize(1);
    }

    @Test
    void aStiffSystemIsRefused() {
        // y' = -10⁷·(y - cos t): an explicit method needs steps of 10⁻⁷ for stability
        assertThatThrownBy(() -> AdaptiveOde.solve((t, y) -> new double[] {-1e7 * (y[0] - Math.cos(t))}, 0,
                new double[] {1}, 10, 10)).isInstanceOf(Unsupported.class).hasMessageContaining("stiff");
    }

    @Test
    void theHighestDerivativeFromALinearEquation() {
        // y'' + 3y' + 2y = 0 with y = 2, y' = 1: y'' = -7
        assertThat(HighestDerivative.solve(v -> v + 3 * 1 + 2 * 2)).isCloseTo(-7, within(1e-15));
        // 2y'' = 8 written with the derivative on both sides: 3y'' - 8 = y''
        assertThat(HighestDerivative.solve(v -> 3 * v - 8 - v)).isCloseTo(4, within(1e-15));
        assertThatThrownBy(() -> HighestDerivative.solve(v -> v * v - 4)).isInstanceOf(Unsupported.class);
        assertThatThrownBy(() -> HighestDerivative.solve(v -> 5)).isInstanceOf(MathError.class);
    }

    @Test
    void rkadaptReturnsEquallySpacedRowsWithUnits() {
        // y' = -k·y with k = 2/s and y(0) = 3 m, at 11 points from 0 s to 1 s
        Dimension perSecond = Dimension.NONE.over(Dimension.TIME);
        BuiltinFunction decay = new BuiltinFunction("D", 2, 2, args -> Matrix.column(Arithmetic.multiply(
                new Scalar(-2, perSecond), ((Matrix) args.get(1)).get(0, 0))));
        Matrix m = AdaptiveOde.rkadapt(List.of(Matrix.column(new Scalar(3, Dimension.LENGTH)),
                new Scalar(0, Dimension.TIME), new Scalar(1, Dimension.TIME), Scalar.of(10), decay));
        assertThat(m.rows()).isEqualTo(11);
        assertThat(m.cols()).isEqualTo(2);
        assertThat(m.get(4, 0)).isEqualTo(new Scalar(0.4, Dimension.TIME));
        Scalar y = (Scalar) m.get(4, 1);
        assertThat(y.dimension()).isEqualTo(Dimension.LENGTH);
        assertThat(y.si()).isCloseTo(3 * Math.exp(-0.8), within(1e-10));
        BuiltinFunction wrongUnits = new BuiltinFunction("D", 2, 2, args -> Matrix.column(Scalar.of(1)));
        assertThatThrownBy(() -> AdaptiveOde.rkadapt(List.of(Matrix.column(new Scalar(3, Dimension.LENGTH)),
                new Scalar(0, Dimension.TIME), new Scalar(1, Dimension.TIME), Scalar.of(10), wrongUnits)))
                .isInstanceOf(MathError.class).hasMessageContaining("units");
    }
}
