package org.primebatch.mcdx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.primebatch.api.CaseValue;
import org.primebatch.api.IoValue;
import org.primebatch.api.Json;
import org.primebatch.api.ValueKind;

class InputRulesTest {
    private static final IoValue SPAN = input("L", ValueKind.REAL, "m");
    private static final IoValue COUNT = input("n", ValueKind.REAL, null);
    private static final IoValue MATERIAL = input("mat", ValueKind.STRING, null);
    private static final IoValue LOADS = input("F", ValueKind.MATRIX, "kN");

    @Test
    void valuesOfTheInputsKindAndDimensionFit() {
        assertThat(InputRules.problem(SPAN, CaseValue.of(6, "m"))).isNull();
        assertThat(InputRules.problem(SPAN, CaseValue.of(6000, "mm"))).isNull();
        assertThat(InputRules.problem(SPAN, CaseValue.of(20, "ft"))).isNull();
        assertThat(InputRules.problem(SPAN, CaseValue.of(6, null))).as("a bare number is taken in the input's unit").isNull();
        assertThat(InputRules.problem(COUNT, CaseValue.of(3, null))).isNull();
        assertThat(InputRules.problem(MATERIAL, CaseValue.of("steel"))).isNull();
        assertThat(InputRules.problem(LOADS, new CaseValue(Json.tree(new double[][] {{1, 2}, {3, 4}}), "N"))).isNull();
    }

    @Test
    void aValueOfAnotherKindIsNamed() {
        assertThat(InputRules.problem(SPAN, CaseValue.of("six"))).isEqualTo("the input L takes a number, not a string");
        assertThat(InputRules.problem(MATERIAL, CaseValue.of(1, null))).isEqualTo("the input mat takes a string, not a number");
        assertThat(InputRules.problem(SPAN, new CaseValue(Json.tree(new double[] {1, 2}), "m")))
                .isEqualTo("the input L takes a number, not a matrix");
    }

    @Test
    void aUnitOfAnotherDimensionOrNoneKnownIsNamed() {
        assertThat(InputRules.problem(SPAN, CaseValue.of(5, "kN"))).startsWith("unit 'kN'").contains("does not fit the input L in m");
        assertThat(InputRules.problem(LOADS, new CaseValue(Json.tree(new double[] {1}), "m"))).contains("does not fit the input F in kN");
        assertThat(InputRules.problem(COUNT, CaseValue.of(3, "m"))).isEqualTo("the input n has no unit, so 'm' does not fit");
        assertThat(InputRules.problem(SPAN, CaseValue.of(5, "furlongs_per_blink"))).startsWith("unit 'furlongs_per_blink': ");
    }

    private static IoValue input(String alias, ValueKind kind, String unit) {
        return new IoValue(alias, 1, alias, kind, JsonNodeFactory.instance.nullNode(), unit, null, null);
    }
}
