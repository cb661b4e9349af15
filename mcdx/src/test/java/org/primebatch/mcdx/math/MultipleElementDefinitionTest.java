package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.mcdx.math.SnippetPrograms.*;
import static org.primebatch.mcdx.testing.MathSnippets.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipleElementDefinitionTest {
    private static String element(String name, String row, String col) {
        return apply("indexer", id(name), "<ml:sequence>" + row + col + "</ml:sequence>");
    }

    private static String defineMatrix(String target, String body) {
        return "<ml:define>" + target + body + "</ml:define>";
    }

    @Test
    void aVectorOfElementsIsDefinedOverARangeFromTheColumnsBefore() {
        Results r = MathProgram.compile(regions(
                define("v", matrix(2, 1, real(10), real(20))),
                define("A", matrix(2, 2, real(0.5), real(0), real(0), real(2))),
                define("k", "<ml:range>" + real(1) + real(2) + "</ml:range>"),
                defineMatrix(matrix(2, 1, element("V", real(0), real(0)), element("V", real(1), real(0))), id("v")),
                defineMatrix(matrix(2, 1, element("V", real(0), id("k")), element("V", real(1), id("k"))),
                        apply("mult", id("A"), apply("matcol", id("V"), apply("minus", id("k"), real(1))))),
                eval(id("V")),
                defineMatrix(matrix(2, 1, element("a", real(1), real(0)), element("b", real(0), real(0))),
                        matrix(2, 1, real(7), real(8))),
                eval(id("a")),
                eval(id("b"))), 0).run(Map.of());
        assertThat(((Outcome.Evaluated) r.of("5")).value())
                .isEqualTo(Matrix.ofRows(new double[][] {{10, 5, 2.5}, {20, 40, 80}}));
        assertThat(((Outcome.Evaluated) r.of("7")).value()).isEqualTo(Matrix.ofRows(new double[][] {{0}, {7}}));
        assertThat(((Outcome.Evaluated) r.of("8")).value()).isEqualTo(Matrix.ofRows(new double[][] {{8}}));
    }
}
