package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.primebatch.mcdx.math.SnippetPrograms.*;
import static org.primebatch.mcdx.testing.MathSnippets.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.units.Dimension;
import org.primebatch.mcdx.units.Units;

class MathProgramTest {
    private static final Dimension PRESSURE = Units.byName("MPa").orElseThrow().dimension();




    @Test
    void definesAndEvaluatesArithmeticWithUnits() {
        Results r = run(
                define("σ", apply("scale", real(30), unit("MPa"))),
                define("A", apply("mult", real(2), apply("pow", unit("mm"), real(2)))),
                evalIn(apply("mult", id("σ"), id("A")), unit("N")));
        assertThat(number(r, 2)).isCloseTo(60.0, within(1e-9));
        Outcome.Evaluated e = (Outcome.Evaluated) r.of("2");
        assertThat(e.displayUnit()).get().extracting(DisplayUnit::expression).isEqualTo("N");
        assertThat(((Scalar) value(r, 0)).dimension()).isEqualTo(PRESSURE);
    }

    @Test
    void arithmeticOperators() {
        Results r = run(
                eval(apply("plus", real(1), real(2))),
                eval(apply("minus", real(1), real(2))),
                eval(apply("div", real(1), real(4))),
                eval(apply("neg", real(3))),
                eval(apply("pow", real(2), real(10))),
                eval(apply("nthRoot", "<ml:placeholder/>", real(16))),
                eval(apply("nthRoot", real(3), real(-27))),
                eval(apply("absval", real(-2.5))),
                eval(apply("factorial", real(5))),
                eval(apply("percent", real(9))),
                eval("<ml:parens>" + apply("plus", real(1), real(1)) + "</ml:parens>"));
        double[] expected = {3, -1, 0.25, -3, 1024, 4, -3, 2.5, 120, 0.09, 2};
        for (int i = 0; i < expected.length; i++) {
            assertThat(number(r, i)).as("region %d", i).isCloseTo(expected[i], within(1e-12));
        }
    }

    @Test
    void mathErrorsAreReportedNotThrown() {
        Results r = run(
                eval(apply("div", real(1), real(0))),
                eval(apply("plus", apply("scale", real(1), unit("m")), apply("scale", real(1), unit("s")))),
                define("v", matrix(2, 1, real(1), real(2))),
                eval(apply("indexer", id("v"), real(5))),
                eval(call("error", str("bad input"))));
        assertThat(r.of("0")).isInstanceOf(Outcome.Failed.class);
        assertThat(r.of("1")).isInstanceOf(Outcome.Failed.class);
        assertThat(r.of("3")).isInstanceOf(Outcome.Failed.class);
        assertThat(((Outcome.Failed) r.of("4")).error().getMessage()).isEqualTo("bad input");
    }

    @Test
    void elementaryAndRoundingFunctions() {
        Results r = run(
                eval(call("sin", apply("div", "<ml:id labels=\"CONSTANT\">π</ml:id>", real(2)))),
                eval(call("ln", "<ml:id labels=\"CONSTANT\">e</ml:id>")),
                eval(call("log", real(1000))),
                eval(call("log", real(8), real(2))),
                eval(call("atan2", real(1), real(1))),
                eval(call("round", real(2.5))),
                eval(call("round", real(-1.2345), real(2))),
                eval(call("floor", real(-1.5))),
                eval(call("ceil", real(1.2))),
                eval(call("trunc", real(-1.7))),
                eval(call("mod", real(-7), real(3))),
                eval(call("max", real(1), matrix(2, 1, real(5), real(3)), real(4))),
                eval(call("min", real(1), real(-2))),
                eval(call("Round", real(17), real(5))),
                eval(call("cosh", real(0))));
        double[] expected = {1, 1, 3, 3, Math.PI / 4, 3, -1.23, -2, 2, -1, -1, 5, -2, 15, 1};
        for (int i = 0; i < expected.length; i++) {
            assertThat(number(r, i)).as("region %d", i).isCloseTo(expected[i], within(1e-12));
        }
    }

    @Test
    void comparisonsLogicAndIf() {
        Results r = run(
                eval(apply("lessThan", real(1), real(2))),
                eval(apply("equal", str("a"), str("a"))),
                eval(apply("and", real(1), real(0))),
                eval(apply("or", real(1), real(0))),
                eval(apply("not", real(0))),
                eval(call("if", apply("greaterThan", real(1), real(2)), apply("div", real(1), real(0)), real(7))),
                eval(apply("greaterOrEqual", real(2), real(2))),
                eval(apply("notEqual", real(2), real(2))));
        double[] expected = {1, 1, 0, 1, 1, 7, 1, 0};
        for (int i = 0; i < expected.length; i++) {
            assertThat(number(r, i)).as("region %d", i).isEqualTo(expected[i]);
        }
    }

    @Test
    void stringFunctions() {
        Results r = run(
                eval(call("concat", str("ab"), str("cd"))),
                eval(call("substr", str("hello"), real(1), real(3))),
                eval(call("search", str("hello"), str("l"), real(0))),
                eval(call("strlen", str("hello"))),
                eval(call("num2str", real(42))),
                eval(call("str2num", str("2.5"))),
                eval(call("vec2str", call("str2vec", str("AB")))));
        assertThat(value(r, 0)).isEqualTo(new Text("abcd"));
        assertThat(value(r, 1)).isEqualTo(new Text("ell"));
        assertThat(number(r, 2)).isEqualTo(2);
        assertThat(number(r, 3)).isEqualTo(5);
        assertThat(value(r, 4)).isEqualTo(new Text("42"));
        assertThat(number(r, 5)).isEqualTo(2.5);
        assertThat(value(r, 6)).isEqualTo(new Text("AB"));
    }

    @Test
    void userFunctionsClosuresAndLambdas() {
        Results r = run(
                define("a", real(2)),
                function("f", apply("mult", id("a"), id("x")), "x"),
                define("a", real(100)),
                eval(call("f", real(3))),
                function("g", apply("plus", id("x"), id("y")), "x", "y"),
                eval(call("g", real(1), real(2))),
                define("h", "<ml:lambda><ml:boundVars>" + id("t") + "</ml:boundVars>"
                        + apply("pow", id("t"), real(2)) + "</ml:lambda>"),
                eval(call("h", real(4))));
        assertThat(number(r, 3)).isEqualTo(6);
        assertThat(number(r, 5)).isEqualTo(3);
        assertThat(number(r, 7)).isEqualTo(16);
    }

    @Test
    void programsWithLoopsConditionsAndOnError() {
        String sumTo = "<ml:program>"
                + "<ml:localDefine>" + id("s") + real(0) + "</ml:localDefine>"
                + "<ml:for>" + id("i") + "<ml:range>" + real(1) + id("n") + "</ml:range>"
                + "<ml:program><ml:localDefine>" + id("s") + apply("plus", id("s"), id("i"))
                + "</ml:localDefine></ml:program></ml:for>"
                + id("s") + "</ml:program>";
        String sign = "<ml:program><ml:if><ml:test>" + apply("lessThan", id("x"), real(0)) + "</ml:test>"
                + "<ml:then><ml:program>" + real(-1) + "</ml:program></ml:then>"
                + "<ml:elseif><ml:test>" + apply("equal", id("x"), real(0)) + "</ml:test>"
                + "<ml:then><ml:program>" + real(0) + "</ml:program></ml:then></ml:elseif>"
                + "<ml:else><ml:program>" + real(1) + "</ml:program></ml:else></ml:if></ml:program>";
        String halve = "<ml:program><ml:localDefine>" + id("k") + real(0) + "</ml:localDefine>"
                + "<ml:while>" + apply("greaterThan", id("x"), real(1)) + "<ml:program>"
                + "<ml:localDefine>" + id("x") + apply("div", id("x"), real(2)) + "</ml:localDefine>"
                + "<ml:localDefine>" + id("k") + apply("plus", id("k"), real(1)) + "</ml:localDefine>"
                + "</ml:program></ml:while><ml:return>" + id("k") + "</ml:return></ml:program>";
        String safe = "<ml:program><ml:tryCatch><ml:program>" + apply("div", real(1), id("x"))
                + "</ml:program><ml:program>" + real(-1) + "</ml:program></ml:tryCatch></ml:program>";
        Results r = run(
                function("sum", sumTo, "n"), eval(call("sum", real(10))),
                function("sgn", sign, "x"), eval(call("sgn", real(-3))), eval(call("sgn", real(0))),
                function("halvings", halve, "x"), eval(call("halvings", real(16))),
                function("inv", safe, "x"), eval(call("inv", real(0))), eval(call("inv", real(4))));
        assertThat(number(r, 1)).isEqualTo(55);
        assertThat(number(r, 3)).isEqualTo(-1);
        assertThat(number(r, 4)).isEqualTo(0);
        assertThat(number(r, 6)).isEqualTo(4);
        assertThat(number(r, 8)).isEqualTo(-1);
        assertThat(number(r, 9)).isEqualTo(0.25);
    }

    @Test
    void matricesAreColumnMajorAndOriginAware() {
        Results r = run(
                define("M", matrix(2, 2, real(1), real(2), real(3), real(4))),
                eval(apply("indexer", id("M"), "<ml:sequence>" + real(0) + real(1) + "</ml:sequence>")),
                eval(apply("pow", apply("plus", id("M"), matrix(2, 2, real(1), real(0), real(0), real(1))), real(2))),
                eval(apply("matcol", id("M"), real(1))),
                eval(apply("transpose", id("M"))),
                eval(call("rows", id("M"))),
                eval(apply("mult", id("M"), matrix(2, 1, real(1), real(1)))),
                eval(call("stack", id("M"), matrix(1, 2, real(5), real(6)))),
                eval(call("submatrix", id("M"), real(0), real(0), real(0), real(1))),
                eval(apply("vectorize", apply("mult", matrix(2, 1, real(2), real(3)), matrix(2, 1, real(4), real(5))))),
                eval(apply("absval", id("M"))));
        assertThat(number(r, 1)).isEqualTo(3);
        assertThat(value(r, 2)).isEqualTo(Matrix.ofRows(new double[][] {{10, 21}, {14, 31}}));
        assertThat(value(r, 3)).isEqualTo(Matrix.ofRows(new double[][] {{3}, {4}}));
        assertThat(value(r, 4)).isEqualTo(Matrix.ofRows(new double[][] {{1, 2}, {3, 4}}));
        assertThat(number(r, 5)).isEqualTo(2);
        assertThat(value(r, 6)).isEqualTo(Matrix.ofRows(new double[][] {{4}, {6}}));
        assertThat(value(r, 7)).isEqualTo(Matrix.ofRows(new double[][] {{1, 3}, {2, 4}, {5, 6}}));
        assertThat(value(r, 8)).isEqualTo(Matrix.ofRows(new double[][] {{1, 3}}));
        assertThat(value(r, 9)).isEqualTo(Matrix.ofRows(new double[][] {{8}, {15}}));
        assertThat(number(r, 10)).isCloseTo(-2, within(1e-12));

        Results one = MathProgram.compile(regions(
                define("v", matrix(3, 1, real(7), real(8), real(9))),
                eval(apply("indexer", id("v"), real(1))),
                eval(call("last", id("v")))), 1).run(Map.of());
        assertThat(number(one, 1)).isEqualTo(7);
        assertThat(number(one, 2)).isEqualTo(3);
    }

    @Test
    void rangeVariablesDefineElementsAndSum() {
        String range = "<ml:range>" + real(0) + real(3) + "</ml:range>";
        Results r = run(
                define("i", range),
                "<ml:define>" + apply("indexer", id("x"), id("i")) + apply("pow", id("i"), real(2)) + "</ml:define>",
                eval(id("x")),
                eval(apply("summation", "<ml:lambda><ml:boundVars>" + id("i") + "</ml:boundVars>" + id("i")
                        + "</ml:lambda>", "<ml:upperBound><ml:placeholder/></ml:upperBound>")),
                eval(apply("summation", "<ml:lambda><ml:boundVars>" + id("k") + "</ml:boundVars>" + id("k")
                        + "</ml:lambda>", "<ml:lowerBound>" + real(1) + "</ml:lowerBound>",
                        "<ml:upperBound>" + real(15) + "</ml:upperBound>")),
                eval(apply("mult", id("i"), real(10))));
        assertThat(value(r, 2)).isEqualTo(Matrix.ofRows(new double[][] {{0}, {1}, {4}, {9}}));
        assertThat(number(r, 3)).isEqualTo(6);
        assertThat(number(r, 4)).isEqualTo(120);
        assertThat(value(r, 5)).isEqualTo(Matrix.ofRows(new double[][] {{0}, {10}, {20}, {30}}));
    }

    @Test
    void subscriptedNamesReadFromSpans() {
        String wp = "<ml:id labels=\"VARIABLE\"><Span xmlns=\"http://schemas.microsoft.com/winfx/2006/xaml/presentation\">"
                + "W<pw:Subscript>P</pw:Subscript></Span></ml:id>";
        Results r = run("<ml:define>" + wp + real(5) + "</ml:define>", eval(id("W_P")));
        assertThat(((Outcome.Defined) r.of("0")).name()).isEqualTo("W_P");
        assertThat(number(r, 1)).isEqualTo(5);
    }

    @Test
    void inputsReplaceTheFirstDefinition() {
        MathProgram program = MathProgram.compile(regions(
                define("w", real(1)),
                define("out", eval(apply("mult", id("w"), real(2))))), 0);
        assertThat(number(program.run(Map.of("w", Scalar.of(21))), 1)).isEqualTo(42);
        assertThat(number(program.run(Map.of()), 1)).isEqualTo(2);
    }

    @Test
    void refusesUnsupportedMathAndEverythingThatDependsOnIt() {
        MathProgram program = MathProgram.compile(regions(
                define("p", call("PropsSI", str("D"), str("T"), real(300))),
                define("q", apply("plus", id("p"), real(1))),
                eval(apply("derivative", "<ml:lambda><ml:boundVars>" + id("x") + "</ml:boundVars>" + id("x")
                        + "</ml:lambda>", "<ml:degree>" + real(1) + "</ml:degree>")),
                eval("<ml:imag>1</ml:imag>"),
                eval(apply("mult", real(1), unit("furlong"))),
                eval(call("sqrt", real(-1)))), 0);
        assertThat(program.refusals()).extracting(Refusal::regionId).containsExactly("0", "1", "2", "3", "4", "5");
        assertThat(program.refusals().get(1).reason()).contains("p").contains("PropsSI");
        assertThat(program.run(Map.of()).of("1")).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void runsConcurrentlyWithTheSameResults() throws Exception {
        MathProgram program = MathProgram.compile(regions(
                define("w", real(1)),
                function("f", apply("mult", id("w"), id("x")), "x"),
                eval(call("f", real(3)))), 0);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<Double> seen = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < 4; t++) {
            int w = t;
            Thread thread = new Thread(() -> {
                for (int k = 0; k < 200; k++) {
                    double got = number(program.run(Map.of("w", Scalar.of(w))), 2);
                    if (got != 3 * w) {
                        seen.add(got);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(seen).isEmpty();
    }
}
