package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.mcdx.math.SnippetPrograms.*;
import static org.primebatch.mcdx.testing.MathSnippets.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IncompleteConditionalsTest {
    private static String ifThen(String test, String value) {
        return "<ml:if><ml:test>" + test + "</ml:test><ml:then><ml:program>" + value + "</ml:program></ml:then></ml:if>";
    }

    @Test
    void aProgramOfIfsWithoutElseYieldsTheLastValueATakenBranchGave() {
        // f(x): if x < 0 then -1; (an empty line); if x < 10 then 2 — a later untaken if keeps the value
        String program = "<ml:program>" + ifThen(apply("lessThan", id("x"), real(0)), real(-1))
                + "<ml:placeholder/>"
                + ifThen(apply("lessThan", id("x"), real(10)), real(2)) + "</ml:program>";
        Results r = MathProgram.compile(regions(
                function("f", program, "x"),
                eval(call("f", real(-5))),
                eval(call("f", real(5))),
                eval(call("f", real(50)))), 0).run(Map.of());
        assertThat(((Outcome.Evaluated) r.of("1")).value()).isEqualTo(Scalar.of(2));
        assertThat(((Outcome.Evaluated) r.of("2")).value()).isEqualTo(Scalar.of(2));
        assertThat(r.of("3")).isInstanceOf(Outcome.Failed.class);

        String keeps = "<ml:program>" + ifThen(apply("lessThan", id("x"), real(0)), real(-1))
                + ifThen(apply("greaterThan", id("x"), real(100)), real(1)) + "</ml:program>";
        Results k = MathProgram.compile(regions(function("g", keeps, "x"), eval(call("g", real(-5)))), 0)
                .run(Map.of());
        assertThat(((Outcome.Evaluated) k.of("1")).value()).isEqualTo(Scalar.of(-1));
    }
}
