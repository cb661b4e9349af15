package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.mcdx.math.SnippetPrograms.*;
import static org.primebatch.mcdx.testing.MathSnippets.*;
import static org.primebatch.mcdx.math.SnippetPrograms.run;
import static org.primebatch.mcdx.math.SnippetPrograms.value;

import org.junit.jupiter.api.Test;

/** {@code σ(e) := if e > 0 … elseif … else …} written without a program, as in references__biaxial_bending. */
class ConditionalExpressionTest {
    private static String branch(String kind, String test, String value) {
        String t = test == null ? "" : "<ml:test>" + test + "</ml:test>";
        return "<ml:" + kind + ">" + t + (kind.equals("else") ? "" : "<ml:then>")
                + "<ml:program>" + value + "</ml:program>" + (kind.equals("else") ? "" : "</ml:then>")
                + "</ml:" + kind + ">";
    }

    private static String sigma(boolean withElse) {
        String body = "<ml:if><ml:test>" + apply("greaterThan", id("e"), real(1)) + "</ml:test><ml:then><ml:program>"
                + real(10) + "</ml:program></ml:then>"
                + branch("elseif", apply("greaterThan", id("e"), real(0)), apply("mult", real(2), id("e")))
                + (withElse ? branch("else", null, real(-1)) : "") + "</ml:if>";
        return function("σ", body, "e");
    }

    @Test
    void takesTheFirstBranchWhoseTestHolds() {
        Results r = run(sigma(true),
                eval(call("σ", real(5))),
                eval(call("σ", real(0.25))),
                eval(call("σ", real(-3))));
        assertThat(value(r, 1)).isEqualTo(Scalar.of(10));
        assertThat(value(r, 2)).isEqualTo(Scalar.of(0.5));
        assertThat(value(r, 3)).isEqualTo(Scalar.of(-1));
    }

    @Test
    void withoutAnElseAndNoTestHoldingItIsRefused() {
        Results r = run(sigma(false), eval(call("σ", real(-3))));
        assertThat(r.of("1")).isInstanceOf(Outcome.Refused.class);
    }
}
