package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.math.SolveBlock.Constraint;
import org.primebatch.mcdx.math.SolveBlock.Relation;
import org.primebatch.mcdx.units.Dimension;

class SolveBlockTest {
    private static final double CTOL = 1e-3;
    private static final Dimension AREA = Dimension.LENGTH.pow(2);

    private static double si(Value v) {
        return ((Scalar) v).si();
    }

    private static Constraint equal(SolveBlock.Side left, SolveBlock.Side right) {
        return new Constraint(Relation.EQUAL, left, right);
    }

    private static SolveBlock.Side constant(double value) {
        return u -> Scalar.of(value);
    }

    @Test
    void findSolvesANonlinearSystemFromItsGuesses() {
        // x² + y² = 4 and x·y = 1, from x = 2, y = 0.5: x = (√6 + √2)/2, y = (√6 - √2)/2
        List<Value> solved = SolveBlock.find(List.of(Scalar.of(2), Scalar.of(0.5)), List.of(
                equal(u -> Scalar.of(si(u.get(0)) * si(u.get(0)) + si(u.get(1)) * si(u.get(1))), constant(4)),
                equal(u -> Scalar.of(si(u.get(0)) * si(u.get(1))), constant(1))), CTOL);
        assertThat(si(solved.get(0))).isCloseTo((Math.sqrt(6) + Math.sqrt(2)) / 2, within(1e-12));
        assertThat(si(solved.get(1))).isCloseTo((Math.sqrt(6) - Math.sqrt(2)) / 2, within(1e-12));
        // swapped guesses give the mirrored solution
        List<Value> mirrored = SolveBlock.find(List.of(Scalar.of(0.5), Scalar.of(2)), List.of(
                equal(u -> Scalar.of(si(u.get(0)) * si(u.get(0)) + si(u.get(1)) * si(u.get(1))), constant(4)),
                equal(u -> Scalar.of(si(u.get(0)) * si(u.get(1))), constant(1))), CTOL);
        assertThat(si(mirrored.get(0))).isCloseTo((Math.sqrt(6) - Math.sqrt(2)) / 2, within(1e-12));
    }

    @Test
    void unknownsKeepTheUnitsOfTheirGuesses() {
        // x² + y² = 25 m² and y = x + 1 m, from (1 m, 1 m): x = 3 m, y = 4 m
        List<Value> solved = SolveBlock.find(
                List.of(new Scalar(1, Dimension.LENGTH), new Scalar(1, Dimension.LENGTH)), List.of(
                        equal(u -> Arithmetic.add(Arithmetic.multiply(u.get(0), u.get(0)),
                                Arithmetic.multiply(u.get(1), u.get(1))), u -> new Scalar(25, AREA)),
                        equal(u -> u.get(1), u -> Arithmetic.add(u.get(0), new Scalar(1, Dimension.LENGTH)))), CTOL);
        assertThat(solved.get(0)).isInstanceOf(Scalar.class);
        assertThat(((Scalar) solved.get(0)).dimension()).isEqualTo(Dimension.LENGTH);
        assertThat(si(solved.get(0))).isCloseTo(3, within(1e-12));
        assertThat(si(solved.get(1))).isCloseTo(4, within(1e-12));
        assertThat(SolveBlock.result(solved)).isEqualTo(Matrix.column(solved));
        assertThat(SolveBlock.result(List.of(solved.get(0)))).isSameAs(solved.get(0));
    }

    @Test
    void sidesWithDifferentUnitsAreAMathError() {
        assertThatThrownBy(() -> SolveBlock.find(List.of(new Scalar(1, Dimension.LENGTH)),
                List.of(equal(u -> u.get(0), u -> new Scalar(2, Dimension.TIME))), CTOL))
                .isInstanceOf(MathError.class).hasMessageContaining("units");
    }

    @Test
    void aMatrixUnknownSolvesAMatrixEquation() {
        // A·v = b with A = [[2, 1], [1, 3]] and b = (3, 5): v = (0.8, 1.4)
        Matrix a = Matrix.ofRows(new double[][] {{2, 1}, {1, 3}});
        Matrix b = Matrix.ofRows(new double[][] {{3}, {5}});
        List<Value> solved = SolveBlock.find(List.of(Matrix.ofRows(new double[][] {{0}, {0}})),
                List.of(equal(u -> Arithmetic.multiply(a, u.get(0)), u -> b)), CTOL);
        Matrix v = (Matrix) solved.get(0);
        assertThat(v.rows()).isEqualTo(2);
        assertThat(si(v.get(0, 0))).isCloseTo(0.8, within(1e-12));
        assertThat(si(v.get(1, 0))).isCloseTo(1.4, within(1e-12));
    }

    @Test
    void inequalitiesChooseAmongSolutionsAndCanExcludeThemAll() {
        SolveBlock.Side square = u -> Scalar.of(si(u.get(0)) * si(u.get(0)));
        List<Value> negative = SolveBlock.find(List.of(Scalar.of(-1)), List.of(equal(square, constant(4)),
                new Constraint(Relation.LESS, u -> u.get(0), constant(0))), CTOL);
        assertThat(si(negative.get(0))).isCloseTo(-2, within(1e-12));
        // x² = 4 with x > 3 has no solution
        List<Constraint> impossible = List.of(equal(square, constant(4)),
                new Constraint(Relation.GREATER, u -> u.get(0), constant(3)));
        assertThatThrownBy(() -> SolveBlock.find(List.of(Scalar.of(2.5)), impossible, CTOL))
                .isInstanceOf(MathError.class).hasMessageStartingWith("find did not converge");
        double compromise = si(SolveBlock.minerr(List.of(Scalar.of(2.5)), impossible).get(0));
        assertThat(compromise).isBetween(2.0, 3.0);
    }

    @Test
    void minerrReturnsTheLeastSquaresPointOfAnInconsistentSystem() {
        // the line a + b·x through (0, 1), (1, 3), (2, 4): a = 7/6, b = 3/2
        double[][] points = {{0, 1}, {1, 3}, {2, 4}};
        List<Constraint> fit = new java.util.ArrayList<>();
        for (double[] p : points) {
            fit.add(equal(u -> Scalar.of(si(u.get(0)) + si(u.get(1)) * p[0]), constant(p[1])));
        }
        List<Value> line = SolveBlock.minerr(List.of(Scalar.of(0), Scalar.of(0)), fit);
        // with residuals left over, the differenced Jacobian's own error (about ε^(2/3)) bounds the precision
        assertThat(si(line.get(0))).isCloseTo(7 / 6.0, within(1e-10));
        assertThat(si(line.get(1))).isCloseTo(1.5, within(1e-10));
        assertThatThrownBy(() -> SolveBlock.find(List.of(Scalar.of(0), Scalar.of(0)), fit, CTOL))
                .isInstanceOf(MathError.class).hasMessageStartingWith("find did not converge");
    }

    @Test
    void findAcceptsResidualsWithinCtolOnly() {
        // x = 1 and x = 1.0015: the best x leaves residuals of ±7.5e-4, within CTOL = 1e-3 but not 1e-4
        List<Constraint> nearlyConsistent = List.of(equal(u -> u.get(0), constant(1)),
                equal(u -> u.get(0), constant(1.0015)));
        assertThat(si(SolveBlock.find(List.of(Scalar.of(0)), nearlyConsistent, 1e-3).get(0)))
                .isCloseTo(1.00075, within(1e-10));
        assertThatThrownBy(() -> SolveBlock.find(List.of(Scalar.of(0)), nearlyConsistent, 1e-4))
                .isInstanceOf(MathError.class);
    }

    @Test
    void unknownsTheConstraintsDoNotDetermineAreRefused() {
        // x + y = 3 leaves a line of solutions: where Mathcad's iteration stops on it is not known
        assertThatThrownBy(() -> SolveBlock.find(List.of(Scalar.of(0), Scalar.of(0)),
                List.of(equal(u -> Scalar.of(si(u.get(0)) + si(u.get(1))), constant(3))), CTOL))
                .isInstanceOf(Unsupported.class);
        // an unknown no constraint mentions
        assertThatThrownBy(() -> SolveBlock.find(List.of(Scalar.of(0), Scalar.of(0)),
                List.of(equal(u -> u.get(0), constant(3)), equal(u -> u.get(0), constant(3))), CTOL))
                .isInstanceOf(Unsupported.class);
    }

    @Test
    void complexUnknownsAreRefused() {
        assertThatThrownBy(() -> SolveBlock.find(List.of(ComplexScalar.imaginary(1)),
                List.of(equal(u -> u.get(0), constant(3))), CTOL)).isInstanceOf(Unsupported.class);
    }
}
