package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.primebatch.mcdx.math.SnippetPrograms.*;
import static org.primebatch.mcdx.testing.MathSnippets.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FixedStepOdeTest {
    @Test
    void rungeKuttaStepsOfExponentialGrowth() {
        // y' = y from 0 to 1: one classic RK4 step gives 1 + 1 + 1/2 + 1/6 + 1/24
        Results r = MathProgram.compile(regions(
                function("D", id("y"), "t", "y"),
                eval(call("rkfixed", matrix(1, 1, real(1)), real(0), real(1), real(1), id("D"))),
                eval(call("rkfixed", matrix(1, 1, real(1)), real(0), real(1), real(2), id("D")))), 0).run(Map.of());
        Matrix one = (Matrix) ((Outcome.Evaluated) r.of("1")).value();
        assertThat(one.rows()).isEqualTo(2);
        assertThat(((Scalar) one.get(1, 0)).si()).isEqualTo(1);
        assertThat(((Scalar) one.get(1, 1)).si()).isCloseTo(1 + 1 + 1 / 2.0 + 1 / 6.0 + 1 / 24.0, within(1e-15));
        Matrix two = (Matrix) ((Outcome.Evaluated) r.of("2")).value();
        double half = 1 + 0.5 + 0.125 + 1 / 48.0 + 1 / 384.0;
        assertThat(((Scalar) two.get(1, 0)).si()).isEqualTo(0.5);
        assertThat(((Scalar) two.get(2, 1)).si()).isCloseTo(half * half, within(1e-15));
    }
}
