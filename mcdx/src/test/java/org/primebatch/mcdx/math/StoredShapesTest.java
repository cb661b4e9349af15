package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.mcdx.math.SnippetPrograms.*;
import static org.primebatch.mcdx.testing.MathSnippets.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.units.Dimension;
import org.primebatch.mcdx.units.Units;

/** Values shaped as Mathcad stores them for the same worksheets (see references__matrices and others). */
class StoredShapesTest {


    @Test
    void rowVectorTimesColumnVectorIsANumber() {
        Results r = run(
                define("B", matrix(1, 4, real(1), real(1), real(2), real(2))),
                define("C", matrix(4, 1, real(10), real(18), real(22), real(20))),
                eval(apply("mult", id("B"), id("C"))));
        assertThat(value(r, 2)).isEqualTo(Scalar.of(112));
    }

    @Test
    void anEvaluatedRangeShowsItsValuesAsAColumn() {
        Results r = run(define("i", eval("<ml:range>" + real(0) + real(2) + "</ml:range>")));
        assertThat(value(r, 0)).isEqualTo(Matrix.column(Scalar.of(0), Scalar.of(1), Scalar.of(2)));
    }

    @Test
    void elementsFilledInWhenAVectorGrowsTakeTheUnitOfTheElementSet() {
        String program = "<ml:program><ml:localDefine>" + apply("indexer", id("z"), real(2))
                + apply("scale", real(3), unit("m")) + "</ml:localDefine>" + id("z") + "</ml:program>";
        Results r = run(define("z", program));
        Scalar zero = new Scalar(0, Dimension.LENGTH);
        assertThat(value(r, 0)).isEqualTo(Matrix.column(zero, zero, new Scalar(3, Dimension.LENGTH)));
    }

    @Test
    void theVectorSumAddsTheElementsOfAVector() {
        String vectorSum = "<ml:apply><ml:summation/><ml:lambda><ml:boundVars><ml:placeholder/></ml:boundVars>"
                + "<ml:parens>" + id("v") + "</ml:parens></ml:lambda><ml:upperBound><ml:placeholder/></ml:upperBound>"
                + "</ml:apply>";
        Results r = run(
                define("v", matrix(3, 1, apply("scale", real(1), unit("m")), apply("scale", real(2), unit("m")),
                        apply("scale", real(3), unit("m")))),
                eval(vectorSum));
        assertThat(value(r, 1)).isEqualTo(new Scalar(6, Dimension.LENGTH));
    }

    @Test
    void aZeroWithoutUnitsAddsToAQuantityWithUnits() {
        Results r = run(
                eval(apply("plus", real(0), apply("scale", real(5), unit("m")))),
                eval(apply("minus", apply("scale", real(5), unit("m")), real(0))),
                eval(apply("plus", real(1), apply("scale", real(5), unit("m")))));
        assertThat(value(r, 0)).isEqualTo(new Scalar(5, Dimension.LENGTH));
        assertThat(value(r, 1)).isEqualTo(new Scalar(5, Dimension.LENGTH));
        assertThat(r.of("2")).isInstanceOf(Outcome.Failed.class);
    }

    @Test
    void diagOfASquareMatrixIsItsDiagonal() {
        Results r = run(
                define("M", matrix(2, 2, real(3), real(2), real(1), real(4))),
                eval(call("diag", id("M"))));
        assertThat(value(r, 1)).isEqualTo(Matrix.column(Scalar.of(3), Scalar.of(4)));
    }

    @Test
    void theDeterminantBarsAroundAVectorGiveItsMagnitude() {
        Results r = run(
                define("A", matrix(4, 1, real(1), real(2), real(3), real(4))),
                eval(apply("determinant", id("A"))));
        assertThat(((Scalar) value(r, 1)).si()).isEqualTo(Math.sqrt(30));
    }

    @Test
    void elementaryFunctionsOfAMatrixAreRefusedNotFailed() {
        Results r = run(eval(call("sin", matrix(2, 1, real(1), real(2)))));
        assertThat(r.of("0")).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void tableColumnsDefineVectorsWithOrWithoutAUnit() {
        Results r = run(
                define("Side", apply("scale", matrix(2, 1, str("North"), str("South")), "<ml:placeholder/>")),
                define("Fz", apply("scale", matrix(2, 1, real(1.5), real(-2)), unit("kN"))),
                eval(apply("indexer", id("Side"), real(1))),
                eval(apply("indexer", id("Fz"), real(0))));
        assertThat(value(r, 2)).isEqualTo(new Text("South"));
        assertThat(value(r, 3)).isEqualTo(new Scalar(1500, Units.byName("N").orElseThrow().dimension()));
    }
}
