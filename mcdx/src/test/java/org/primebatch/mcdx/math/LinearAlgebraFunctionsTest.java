package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.primebatch.mcdx.math.SnippetPrograms.*;
import static org.primebatch.mcdx.testing.MathSnippets.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearAlgebraFunctionsTest {
    /** [[2, 1], [1, 3]] written column-major, as Mathcad writes it. */
    private static final String SPD = matrix(2, 2, real(2), real(1), real(1), real(3));
    /** [[1, -2], [3, 4]]. */
    private static final String GENERAL = matrix(2, 2, real(1), real(3), real(-2), real(4));




    private static double element(Results results, int region, int row) {
        return ((Scalar) ((Matrix) value(results, region)).get(row, 0)).si();
    }

    @Test
    void lsolveSolvesTheSystem() {
        Results r = run(eval(call("lsolve", SPD, matrix(2, 1, real(3), real(5)))));
        // 2x + y = 3, x + 3y = 5
        assertThat(element(r, 0, 0)).isCloseTo(0.8, within(1e-15));
        assertThat(element(r, 0, 1)).isCloseTo(1.4, within(1e-15));
    }

    @Test
    void lsolveOfASingularMatrixIsAnError() {
        Results r = run(eval(call("lsolve", matrix(2, 2, real(1), real(2), real(2), real(4)), matrix(2, 1, real(1), real(1)))));
        assertThat(r.of("0")).isInstanceOf(Outcome.Failed.class);
    }

    @Test
    void normsAndConditionNumbers() {
        Results r = run(
                eval(call("norm1", GENERAL)),
                eval(call("normi", GENERAL)),
                eval(call("norme", GENERAL)),
                eval(call("norm2", SPD)),
                eval(call("cond1", matrix(2, 2, real(2), real(0), real(0), real(0.5)))),
                eval(call("cond2", matrix(2, 2, real(2), real(1), real(1), real(2)))),
                eval(call("condi", GENERAL)));
        assertThat(number(r, 0)).isEqualTo(6);
        assertThat(number(r, 1)).isEqualTo(7);
        assertThat(number(r, 2)).isCloseTo(Math.sqrt(30), within(1e-15));
        // eigenvalues of [[2,1],[1,3]]: (5 ± √5)/2
        assertThat(number(r, 3)).isCloseTo((5 + Math.sqrt(5)) / 2, within(1e-14));
        assertThat(number(r, 4)).isCloseTo(4, within(1e-15));
        assertThat(number(r, 5)).isCloseTo(3, within(1e-14));
        // inverse of [[1,-2],[3,4]] is [[4,2],[-3,1]]/10: row sums 0.6 and 0.4
        assertThat(number(r, 6)).isCloseTo(7 * 0.6, within(1e-14));
    }

    @Test
    void singularValuesLargestFirst() {
        Results r = run(eval(call("svds", matrix(3, 2, real(3), real(0), real(0), real(0), real(4), real(0)))));
        assertThat(element(r, 0, 0)).isCloseTo(4, within(1e-14));
        assertThat(element(r, 0, 1)).isCloseTo(3, within(1e-14));
    }

    @Test
    void eigenvaluesOfSymmetricAndTwoByTwoMatricesLargestFirst() {
        Results r = run(
                eval(call("eigenvals", matrix(2, 2, real(2), real(1), real(1), real(2)))),
                eval(call("eigenvals", matrix(2, 2, real(3), real(3), real(2), real(-2)))),
                eval(call("eigenvals", matrix(3, 3, real(2), real(0), real(0), real(0), real(-1), real(0), real(0), real(0), real(5)))),
                eval(call("eigenvals", matrix(2, 2, real(0), real(1), real(-1), real(0)))),
                eval(call("eigenvals", matrix(3, 3, real(1), real(2), real(3), real(4), real(5), real(6), real(7), real(8), real(10)))));
        assertThat(element(r, 0, 0)).isCloseTo(3, within(1e-15));
        assertThat(element(r, 0, 1)).isCloseTo(1, within(1e-15));
        assertThat(element(r, 1, 0)).isCloseTo(4, within(1e-15));
        assertThat(element(r, 1, 1)).isCloseTo(-3, within(1e-15));
        assertThat(element(r, 2, 0)).isEqualTo(5);
        assertThat(element(r, 2, 2)).isEqualTo(-1);
        assertThat(r.of("3")).isInstanceOf(Outcome.Refused.class);
        assertThat(r.of("4")).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void geninvOfASquareMatrixIsItsInverse() {
        Results r = run(eval(call("geninv", matrix(2, 2, real(2), real(0), real(0), real(4)))));
        assertThat(value(r, 0)).isEqualTo(Matrix.ofRows(new double[][] {{0.5, 0}, {0, 0.25}}));
    }

    @Test
    void rowOperatorAndCrossProduct() {
        Results r = run(
                eval(apply("matrow", GENERAL, real(1))),
                eval(apply("crossProduct", matrix(3, 1, real(0), real(1), real(1)), matrix(3, 1, real(1), real(2), real(1)))));
        assertThat(value(r, 0)).isEqualTo(Matrix.ofRows(new double[][] {{3, 4}}));
        assertThat(value(r, 1)).isEqualTo(Matrix.ofRows(new double[][] {{-1}, {1}, {-1}}));
    }

    @Test
    void determinantVectorNormRankAndReducedRowEchelonForm() {
        Results r = run(
                eval(call("det", GENERAL)),
                eval(call("norm", matrix(2, 1, real(3), real(4)))),
                eval(call("rank", GENERAL)),
                eval(call("rref", matrix(2, 3, real(2), real(1), real(4), real(3), real(6), real(5)))),
                eval(call("rref", matrix(2, 2, real(1), real(2), real(2), real(4)))),
                eval(call("rank", matrix(2, 2, real(1), real(2), real(2), real(4)))));
        assertThat(number(r, 0)).isCloseTo(10, within(1e-14));
        assertThat(number(r, 1)).isEqualTo(5);
        assertThat(number(r, 2)).isEqualTo(2);
        // [[2,4,6],[1,3,5]]: x + 2y + 3z and y + 2z rows reduce to [[1,0,-1],[0,1,2]]
        assertThat(value(r, 3)).isEqualTo(Matrix.ofRows(new double[][] {{1, 0, -1}, {0, 1, 2}}));
        assertThat(value(r, 4)).isEqualTo(Matrix.ofRows(new double[][] {{1, 2}, {0, 0}}));
        assertThat(r.of("5")).isInstanceOf(Outcome.Refused.class);
    }
}
