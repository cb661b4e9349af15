package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.primebatch.mcdx.math.SnippetPrograms.*;
import static org.primebatch.mcdx.testing.MathSnippets.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticsAdditionsTest {
    private static final String X = matrix(3, 1, real(1), real(2), real(3));
    private static final String Y = matrix(3, 1, real(2), real(4), real(7));




    @Test
    void leastSquaresLineCorrelationAndCovariance() {
        Results r = run(
                eval(call("slope", X, Y)),
                eval(call("intercept", X, Y)),
                eval(call("corr", X, Y)),
                eval(call("cvar", X, Y)));
        // deviations of x: −1, 0, 1; of y: −7/3, −1/3, 8/3; Σdxdy = 5, Σdx² = 2, Σdy² = 114/9
        assertThat(number(r, 0)).isCloseTo(2.5, within(1e-15));
        assertThat(number(r, 1)).isCloseTo(13.0 / 3 - 5, within(1e-14));
        assertThat(number(r, 2)).isCloseTo(5 / Math.sqrt(2 * 114.0 / 9), within(1e-15));
        assertThat(number(r, 3)).isCloseTo(5.0 / 3, within(1e-15));
    }

    @Test
    void meansModePercentileAndRank() {
        Results r = run(
                eval(call("gmean", real(1), real(4), real(16))),
                eval(call("hmean", matrix(3, 1, real(1), real(2), real(4)))),
                eval(call("mode", matrix(4, 1, real(1), real(2), real(2), real(3)))),
                eval(call("mode", X)),
                eval(call("percentile", matrix(5, 1, real(5), real(1), real(4), real(2), real(3)), real(0.25))),
                eval(call("percentile", X, real(0.1))),
                eval(call("Rank", matrix(3, 1, real(30), real(10), real(20)))),
                eval(call("percentile", X, apply("scale", real(50), "<ml:id labels=\"FUNCTION\">%</ml:id>"))));
        assertThat(number(r, 0)).isCloseTo(4, within(1e-14));
        assertThat(number(r, 1)).isCloseTo(3 / 1.75, within(1e-15));
        assertThat(number(r, 2)).isEqualTo(2);
        assertThat(r.of("3")).isInstanceOf(Outcome.Failed.class);
        // sorted 1..5, rank 6·0.25 − 1 = 0.5: halfway between 1 and 2
        assertThat(number(r, 4)).isEqualTo(1.5);
        assertThat(r.of("5")).isInstanceOf(Outcome.Refused.class);
        assertThat(value(r, 6)).isEqualTo(Matrix.ofRows(new double[][] {{3}, {1}, {2}}));
        assertThat(number(r, 7)).isEqualTo(2);
    }

    @Test
    void normalDistribution() {
        Results r = run(
                eval(call("pnorm", real(1.96), real(0), real(1))),
                eval(call("pnorm", real(-3), real(0), real(1))),
                eval(call("pnorm", real(-8), real(0), real(1))),
                eval(call("pnorm", real(7), real(2), real(2))),
                eval(call("qnorm", real(0.975), real(0), real(1))),
                eval(call("qnorm", real(1e-10), real(0), real(1))),
                eval(call("dnorm", real(3), real(3), real(2))),
                eval(call("qnorm", real(1.5), real(0), real(1))));
        assertThat(number(r, 0)).isCloseTo(0.9750021048517795, within(1e-16));
        assertThat(number(r, 1)).isCloseTo(0.0013498980316300957, within(1e-18));
        assertThat(number(r, 2)).isCloseTo(6.220960574271819e-16, within(1e-28));
        assertThat(number(r, 3)).isCloseTo(0.9937903346742238, within(1e-15));
        assertThat(number(r, 4)).isCloseTo(1.9599639845400536, within(1e-14));
        assertThat(number(r, 5)).isCloseTo(-6.361340902404056, within(1e-14));
        assertThat(number(r, 6)).isCloseTo(0.3989422804014327 / 2, within(1e-16));
        assertThat(r.of("7")).isInstanceOf(Outcome.Failed.class);
    }
}
