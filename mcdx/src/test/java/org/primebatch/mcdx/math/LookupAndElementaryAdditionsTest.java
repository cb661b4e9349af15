package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.primebatch.mcdx.math.SnippetPrograms.*;
import static org.primebatch.mcdx.testing.MathSnippets.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LookupAndElementaryAdditionsTest {



    @Test
    void inverseReciprocalTrigonometrySincAndAngle() {
        Results r = run(
                eval(call("asec", real(2))),
                eval(call("acsc", real(2))),
                eval(call("acoth", real(3))),
                eval(call("asech", real(0.5))),
                eval(call("acsch", real(0.75))),
                eval(call("sinc", real(0))),
                eval(call("sinc", real(Math.PI / 2))),
                eval(call("angle", real(-1), real(-1))),
                eval(call("asec", real(0.5))));
        assertThat(number(r, 0)).isCloseTo(Math.PI / 3, within(1e-15));
        assertThat(number(r, 1)).isCloseTo(Math.PI / 6, within(1e-15));
        assertThat(number(r, 2)).isCloseTo(0.5 * Math.log(2), within(1e-15));
        assertThat(number(r, 3)).isCloseTo(Math.log(2 + Math.sqrt(3)), within(1e-15));
        // asinh(4/3) = ln(4/3 + 5/3) = ln 3
        assertThat(number(r, 4)).isCloseTo(Math.log(3), within(1e-15));
        assertThat(number(r, 5)).isEqualTo(1);
        assertThat(number(r, 6)).isCloseTo(2 / Math.PI, within(1e-15));
        assertThat(number(r, 7)).isCloseTo(5 * Math.PI / 4, within(1e-15));
        assertThat(r.of("8")).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void elementOfNumberSets() {
        String integers = "<ml:id>ℤ</ml:id>";
        Results r = run(
                eval(apply("elementOf", real(3), integers)),
                eval(apply("elementOf", real(3.1), integers)),
                eval(apply("elementOf", real(3.1), "<ml:id>ℝ</ml:id>")),
                eval(apply("elementOf", real(3), "<ml:id>ℚ</ml:id>")));
        assertThat(number(r, 0)).isEqualTo(1);
        assertThat(number(r, 1)).isEqualTo(0);
        assertThat(number(r, 2)).isEqualTo(1);
        assertThat(r.of("3")).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void linterpInterpolatesAndExtrapolatesAlongTheEndPoints() {
        String vx = matrix(3, 1, real(0), real(10), real(20));
        String vy = matrix(3, 1, real(1), real(3), real(4));
        Results r = run(
                eval(call("linterp", vx, vy, real(5))),
                eval(call("linterp", vx, vy, real(10))),
                eval(call("linterp", vx, vy, real(30))),
                eval(call("linterp", vx, vy, real(-10))));
        assertThat(number(r, 0)).isEqualTo(2);
        assertThat(number(r, 1)).isEqualTo(3);
        assertThat(number(r, 2)).isEqualTo(5);
        assertThat(number(r, 3)).isEqualTo(-1);
    }

    @Test
    void matchGivesIndicesInVectorsAndPairsInMatrices() {
        Results r = run(
                eval(call("match", real(3), matrix(3, 1, real(1), real(2), real(3)))),
                eval(call("match", real(3), matrix(2, 2, real(1), real(3), real(3), real(4)))),
                eval(call("match", real(3.0001), matrix(2, 1, real(3), real(5)))));
        assertThat(value(r, 0)).isEqualTo(Matrix.ofRows(new double[][] {{2}}));
        assertThat(value(r, 1)).isEqualTo(Matrix.column(
                Matrix.ofRows(new double[][] {{1}, {0}}), Matrix.ofRows(new double[][] {{0}, {1}})));
        assertThat(r.of("2")).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void vhlookupAndSpacedVectors() {
        // rows labelled by column 0, columns by row 0
        String table = matrix(3, 3, str("-"), str("X"), str("Y"), str("A"), real(1), real(2), str("B"), real(3), real(4));
        Results r = run(
                eval(call("vhlookup", str("Y"), str("B"), table)),
                eval(call("logspace", real(1), real(1000), real(4))),
                eval(call("linspace", real(0), real(1), real(5))));
        assertThat(value(r, 0)).isEqualTo(Matrix.ofRows(new double[][] {{4}}));
        Matrix log = (Matrix) value(r, 1);
        assertThat(((Scalar) log.get(1, 0)).si()).isCloseTo(10, within(1e-13));
        assertThat(((Scalar) log.get(3, 0)).si()).isEqualTo(1000);
        assertThat(value(r, 2)).isEqualTo(Matrix.ofRows(new double[][] {{0}, {0.25}, {0.5}, {0.75}, {1}}));
    }
}
