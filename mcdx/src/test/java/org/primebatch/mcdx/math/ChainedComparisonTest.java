package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.mcdx.math.SnippetPrograms.*;
import static org.primebatch.mcdx.testing.MathSnippets.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainedComparisonTest {

    @Test
    void anUnparenthesisedInequalityOnTheLeftTestsARange() {
        // -0.002 ≤ x < 0, as Mathcad writes it: lessThan(lessOrEqual(-0.002, x), 0)
        String range = apply("lessThan", apply("lessOrEqual", real(-0.002), id("x")), real(0));
        Results r = MathProgram.compile(regions(
                define("x", real(-0.0015)),
                eval(range),
                eval(apply("lessThan", apply("lessOrEqual", real(-0.002), real(0.5)), real(0))),
                eval(apply("lessThan", "<ml:parens>" + apply("lessOrEqual", real(-0.002), id("x")) + "</ml:parens>",
                        real(0)))), 0).run(Map.of());
        assertThat(number(r, 1)).isEqualTo(1);
        assertThat(number(r, 2)).isEqualTo(0);
        // in parentheses the inner comparison is a value, 1, and 1 < 0 is false
        assertThat(number(r, 3)).isEqualTo(0);
    }
}
