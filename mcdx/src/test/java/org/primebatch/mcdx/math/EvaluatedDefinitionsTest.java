package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.mcdx.math.SnippetPrograms.*;
import static org.primebatch.mcdx.testing.MathSnippets.*;
import static org.primebatch.mcdx.math.SnippetPrograms.run;
import static org.primebatch.mcdx.math.SnippetPrograms.value;

import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.units.Dimension;

/** {@code x_i := … =} and {@code [a; b] := … =}, in the shapes of references__statistics and references__LT91. */
class EvaluatedDefinitionsTest {
    private static final Dimension LENGTH = Dimension.LENGTH;

    private static String range(double first, double last) {
        return "<ml:range>" + real(first) + real(last) + "</ml:range>";
    }

    private static String element(String name, String... indices) {
        String index = indices.length == 1 ? id(indices[0])
                : "<ml:sequence>" + id(indices[0]) + id(indices[1]) + "</ml:sequence>";
        return apply("indexer", id(name), index);
    }

    @Test
    void anEvaluatedElementDefinitionShowsTheValuesAssignedOverItsRange() {
        Results r = run(
                define("data", matrix(3, 1, real(79), real(85), real(46))),
                define("N", real(3)),
                define("i", range(0, 2)),
                "<ml:define>" + apply("indexer", id("Data"), apply("plus", id("i"), id("N")))
                        + eval(apply("indexer", id("data"), id("i"))) + "</ml:define>",
                eval(apply("indexer", id("Data"), real(4))));
        assertThat(r.of("3")).isInstanceOf(Outcome.Evaluated.class);
        assertThat(value(r, 3)).isEqualTo(Matrix.column(Scalar.of(79), Scalar.of(85), Scalar.of(46)));
        assertThat(value(r, 4)).isEqualTo(Scalar.of(85));
    }

    @Test
    void overTwoRangeVariablesItShowsAMatrix() {
        Results r = run(
                define("i", range(0, 1)),
                define("j", range(0, 2)),
                "<ml:define>" + element("M", "i", "j")
                        + eval(apply("plus", apply("mult", real(10), id("i")), id("j"))) + "</ml:define>");
        assertThat(value(r, 2)).isEqualTo(Matrix.ofColumnMajor(2, 3, new Value[] {Scalar.of(0), Scalar.of(10),
                Scalar.of(1), Scalar.of(11), Scalar.of(2), Scalar.of(12)}));
    }

    @Test
    void withoutARangeVariableItIsRefused() {
        Results r = run("<ml:define>" + apply("indexer", id("x"), real(2)) + eval(real(5)) + "</ml:define>");
        assertThat(r.of("0")).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void aRangeDefinedWithAnEvaluationIsStillARangeVariable() {
        Results r = run(
                define("j", eval(range(1, 3))),
                "<ml:define>" + element("u", "j") + apply("mult", real(2), id("j")) + "</ml:define>");
        assertThat(value(r, 1)).isEqualTo(Matrix.column(Scalar.of(0), Scalar.of(2), Scalar.of(4), Scalar.of(6)));
    }

    @Test
    void anEvaluatedMultipleDefinitionShowsTheMatrixAndDefinesEachName() {
        Results r = run(
                "<ml:define>" + matrix(2, 1, id("a"), id("b"))
                        + eval(matrix(2, 1, real(1), apply("scale", real(2), unit("m")))) + "</ml:define>",
                eval(apply("plus", id("b"), apply("scale", real(1), unit("m")))));
        assertThat(r.of("0")).isInstanceOf(Outcome.Evaluated.class);
        assertThat(value(r, 0)).isEqualTo(Matrix.column(Scalar.of(1), new Scalar(2, LENGTH)));
        assertThat(value(r, 1)).isEqualTo(new Scalar(3, LENGTH));
    }
}
