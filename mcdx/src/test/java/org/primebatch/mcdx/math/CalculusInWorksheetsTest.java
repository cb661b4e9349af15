package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.primebatch.mcdx.math.SnippetPrograms.number;
import static org.primebatch.mcdx.math.SnippetPrograms.regions;
import static org.primebatch.mcdx.testing.MathSnippets.apply;
import static org.primebatch.mcdx.testing.MathSnippets.call;
import static org.primebatch.mcdx.testing.MathSnippets.define;
import static org.primebatch.mcdx.testing.MathSnippets.function;
import static org.primebatch.mcdx.testing.MathSnippets.id;
import static org.primebatch.mcdx.testing.MathSnippets.math;
import static org.primebatch.mcdx.testing.MathSnippets.real;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** root, ∫, d/dx and solve blocks as worksheets write them, and the tolerance what depends on them is known to. */
class CalculusInWorksheetsTest {
    private static final SolverTolerances TOLERANCES = new SolverTolerances(1e-4, 1e-5);

    private static String lambda(String variable, String body) {
        return "<ml:lambda><ml:boundVars>" + id(variable) + "</ml:boundVars>" + body + "</ml:lambda>";
    }

    private static String bound(String kind, String value) {
        return "<ml:" + kind + ">" + value + "</ml:" + kind + ">";
    }

    @Test
    void rootIntegralAndDerivativeGiveTheirValuesAndLoosenOnlyWhatDependsOnThem() {
        MathProgram program = MathProgram.compile(regions(
                define("a", real(2)),
                define("r", call("root", apply("minus", apply("pow", id("x"), real(2)), id("a")), id("x"), real(0), real(5))),
                define("s", apply("plus", id("r"), real(1))),
                define("I", apply("integral", lambda("t", apply("pow", id("t"), real(2))), bound("lowerBound", real(0)),
                        bound("upperBound", real(3)))),
                define("x", real(2)),
                define("D", apply("derivative", lambda("x", apply("pow", id("x"), real(3))))),
                define("b", apply("mult", id("a"), real(3)))), 0, TOLERANCES);
        Results results = program.run(Map.of());

        assertThat(number(results, 1)).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(number(results, 3)).isCloseTo(9, within(1e-9));
        assertThat(number(results, 5)).isCloseTo(12, within(1e-6));
        assertThat(program.tolerance("1")).isEqualTo(1e-4);
        assertThat(program.tolerance("2")).as("s uses r").isEqualTo(1e-4);
        assertThat(program.tolerance("3")).isEqualTo(1e-4);
        assertThat(program.tolerance("5")).isEqualTo(SolverTolerances.derivative(1));
        assertThat(program.tolerance("6")).as("exact").isEqualTo(SolverTolerances.EXACT);
    }

    @Test
    void aSolveBlockDefinedAsAFunctionTakesGuessesThatDependOnItsParameters() {
        List<MathRegion> sheet = new ArrayList<>();
        MathRegion.SolveBlockPart.Role guess = MathRegion.SolveBlockPart.Role.GUESS;
        sheet.add(new MathRegion("1", math(define("u", apply("div", id("c"), real(2)))),
                new MathRegion.SolveBlockPart("0", guess)));
        sheet.add(new MathRegion("2", math(apply("equal", apply("pow", id("u"), real(2)), id("c"))),
                new MathRegion.SolveBlockPart("0", MathRegion.SolveBlockPart.Role.CONSTRAINT)));
        sheet.add(new MathRegion("3", math(function("sq", call("find", id("u")), "c")),
                new MathRegion.SolveBlockPart("0", MathRegion.SolveBlockPart.Role.SOLVER)));
        sheet.add(new MathRegion("4", math(define("q", call("sq", real(9))))));
        sheet.add(new MathRegion("5", math(define("p", call("find", id("u"))))));
        MathProgram program = MathProgram.compile(sheet, 0, TOLERANCES);
        Results results = program.run(Map.of());

        assertThat(number(results, 4)).isCloseTo(3, within(1e-9));
        assertThat(program.tolerance("4")).isEqualTo(1e-5);
        assertThat(results.of("5")).isInstanceOfSatisfying(Outcome.Refused.class,
                r -> assertThat(r.reason()).contains("outside the solver of a solve block"));
    }
}
