package org.primebatch.engine.mathcad;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.primebatch.api.CaseValue;

class PrimeInputTest {
    @Test
    void casesValuesBecomeTheSetterThatTakesThem() {
        assertThat(PrimeInput.of(CaseValue.of(2, "m"), "mm")).isEqualTo(new PrimeInput.Real(2, "m"));
        assertThat(PrimeInput.of(CaseValue.of(2, null), "mm")).isEqualTo(new PrimeInput.Real(2, "mm"));
        assertThat(PrimeInput.of(CaseValue.of("x"), "")).isEqualTo(new PrimeInput.Text("x"));
        var column = JsonNodeFactory.instance.arrayNode().add(1).add(2);
        assertThat(((PrimeInput.Matrix) PrimeInput.of(new CaseValue(column, "s"), "")).rows()).isDeepEqualTo(new double[][] {{1}, {2}});
    }

    @Test
    void valuesPrimeCannotTakeAreNamed() {
        assertThat(PrimeInput.problem(new CaseValue(JsonNodeFactory.instance.textNode("x"), "m"))).isEqualTo("a string takes no unit");
        var ragged = JsonNodeFactory.instance.arrayNode();
        ragged.addArray().add(1).add(2);
        ragged.addArray().add(3);
        assertThat(PrimeInput.problem(new CaseValue(ragged, null))).contains("rectangle");
        assertThat(PrimeInput.problem(CaseValue.of(1, "m"))).isNull();
    }
}
