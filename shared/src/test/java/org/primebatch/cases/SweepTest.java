package org.primebatch.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Json;

class SweepTest {
    private static List<CaseValue> values(Sweep sweep) {
        List<CaseValue> values = new ArrayList<>();
        for (long i = 0; i < sweep.size(); i++) {
            values.add(sweep.value(i));
        }
        return values;
    }

    private static List<Double> numbers(String spec) {
        return values(Sweep.parse(spec)).stream().map(v -> v.value().doubleValue()).toList();
    }

    private static List<String> labels(Sweep sweep) {
        List<String> labels = new ArrayList<>();
        for (long i = 0; i < sweep.size(); i++) {
            labels.add(sweep.label(i));
        }
        return labels;
    }

    @Test
    void rangeIncludesTheEndAndCarriesTheUnit() {
        Sweep sweep = Sweep.parse("L=2..10 step 0.5 m");

        assertThat(sweep.alias()).isEqualTo("L");
        assertThat(sweep.unit()).isEqualTo("m");
        assertThat(sweep.size()).isEqualTo(17);
        assertThat(sweep.value(0)).isEqualTo(CaseValue.of(2, "m"));
        assertThat(sweep.value(1)).isEqualTo(CaseValue.of(2.5, "m"));
        assertThat(sweep.value(16)).isEqualTo(CaseValue.of(10, "m"));
    }

    @Test
    void decimalStepsReachTheEndExactly() {
        assertThat(numbers("x=0..1 step 0.1"))
                .containsExactly(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
        assertThat(labels(Sweep.parse("x=0.1..0.3 step 0.1 mm"))).containsExactly("x=0.1 mm", "x=0.2 mm", "x=0.3 mm");
    }

    @Test
    void endWithinToleranceOfAStepIsIncludedAsWritten() {
        assertThat(numbers("x=0..1 step 0.3333333333")).containsExactly(0.0, 0.3333333333, 0.6666666666, 1.0);
    }

    @Test
    void endBetweenStepsIsLeftOut() {
        assertThat(numbers("x=0..1 step 0.3")).containsExactly(0.0, 0.3, 0.6, 0.9);
    }

    @Test
    void negativeStepCountsDown() {
        assertThat(numbers("t = 10 .. -5 step -5 degC")).containsExactly(10.0, 5.0, 0.0, -5.0);
        assertThat(Sweep.parse("t = 10 .. -5 step -5 degC").unit()).isEqualTo("degC");
    }

    @Test
    void stepDefaultsToOneInTheRangesDirection() {
        assertThat(numbers("n=1..4")).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(numbers("n=3..1")).containsExactly(3.0, 2.0, 1.0);
        assertThat(numbers("n=5..5 step 2")).containsExactly(5.0);
        assertThat(numbers("n=1e3..2E3 STEP 5e2 N")).containsExactly(1000.0, 1500.0, 2000.0);
    }

    @Test
    void listOfNumbersWithUnit() {
        Sweep sweep = Sweep.parse("w=10,20,30 kN/m");

        assertThat(sweep.unit()).isEqualTo("kN/m");
        assertThat(values(sweep)).containsExactly(
                CaseValue.of(10, "kN/m"), CaseValue.of(20, "kN/m"), CaseValue.of(30, "kN/m"));
        assertThat(labels(sweep)).containsExactly("w=10 kN/m", "w=20 kN/m", "w=30 kN/m");
    }

    @Test
    void listOfStringsStaysStrings() {
        Sweep sweep = Sweep.parse("name=steel, wood pine,42x");

        assertThat(sweep.unit()).isNull();
        assertThat(values(sweep)).containsExactly(CaseValue.of("steel"), CaseValue.of("wood pine"), CaseValue.of("42x"));
        assertThat(labels(sweep)).containsExactly("name=steel", "name=wood pine", "name=42x");
    }

    @Test
    void unitOnlyFollowsNumbers() {
        Sweep sweep = Sweep.parse("x=10,20,abc kN");

        assertThat(sweep.unit()).isNull();
        assertThat(values(sweep)).containsExactly(CaseValue.of(10, null), CaseValue.of(20, null), CaseValue.of("abc kN"));
    }

    @Test
    void listWithoutUnitKeepsNumbersAsNumbers() {
        Sweep sweep = Sweep.parse("n=1,2.5,-3");

        assertThat(sweep.unit()).isNull();
        assertThat(values(sweep)).containsExactly(CaseValue.of(1, null), CaseValue.of(2.5, null), CaseValue.of(-3, null));
    }

    @Test
    void listOfMatrices() {
        Sweep sweep = Sweep.parse("M=[1, 2; 3 4],[5 6; 7 8] kN");

        assertThat(sweep.unit()).isEqualTo("kN");
        assertThat(sweep.value(0)).isEqualTo(new CaseValue(json("[[1.0,2.0],[3.0,4.0]]"), "kN"));
        assertThat(sweep.value(1)).isEqualTo(new CaseValue(json("[[5.0,6.0],[7.0,8.0]]"), "kN"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            L 2..10                 | sweep "L 2..10": no "="; write alias=from..to [step s] [unit] or alias=a,b,c [unit], e.g. "L=2..10 step 0.5 m" or "w=10,20,30 kN/m"
            1L=1,2                  | sweep "1L=1,2": "1L" is not a valid alias (a name starting with a letter or _, then letters, digits, _, . or ')
            =1,2                    | sweep "=1,2": "" is not a valid alias (a name starting with a letter or _, then letters, digits, _, . or ')
            L=                      | sweep "L=": no values after "="; write alias=from..to [step s] [unit] or alias=a,b,c [unit], e.g. "L=2..10 step 0.5 m" or "w=10,20,30 kN/m"
            L=2..10 step 0          | sweep "L=2..10 step 0": step 0 never reaches the end of the range
            L=2..10 step -1         | sweep "L=2..10 step -1": step -1 leads away from 10; count up with a positive step
            L=10..2 step 0.5 m      | sweep "L=10..2 step 0.5 m": step 0.5 leads away from 2; count down with a negative step
            L=2..x                  | sweep "L=2..x": not a range; write from..to [step s] [unit], e.g. "L=2..10 step 0.5 m"
            L=2..10 stride 2        | sweep "L=2..10 stride 2": not a range; write from..to [step s] [unit], e.g. "L=2..10 step 0.5 m"
            L=0..1e999              | sweep "L=0..1e999": number out of range: "1e999"
            L=0..1e30 step 1        | sweep "L=0..1e30 step 1": more than 4611686018427387903 values
            w=10,,30                | sweep "w=10,,30": empty value at position 2 of the list
            M=[1 2],[3 kN           | sweep "M=[1 2],[3 kN": matrix without closing ]: "[3 kN"
            """)
    void reportsBadSpecsQuotingThem(String spec, String message) {
        assertThatThrownBy(() -> Sweep.parse(spec)).isInstanceOf(SweepException.class).hasMessage(message);
    }

    @Test
    void combineParsesItsTwoWords() {
        assertThat(Combine.parse("product")).isEqualTo(Combine.PRODUCT);
        assertThat(Combine.parse(" ZIP ")).isEqualTo(Combine.ZIP);
        assertThatThrownBy(() -> Combine.parse("cross")).isInstanceOf(SweepException.class)
                .hasMessage("unknown way to combine sweeps \"cross\"; use product or zip");
    }

    private static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
