package org.primebatch.swing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.primebatch.api.Json;

class NumbersTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void numbersAreShownToTheirSignificantFigures() {
        assertThat(Numbers.significant(0.116, 4)).isEqualTo("0.116");
        assertThat(Numbers.significant(1.0 / 3, 4)).isEqualTo("0.3333");
        assertThat(Numbers.significant(2.0 / 3, 3)).isEqualTo("0.667");
        assertThat(Numbers.significant(123.456789, 4)).isEqualTo("123.5");
        assertThat(Numbers.significant(-123.456789, 6)).isEqualTo("-123.457");
        assertThat(Numbers.significant(0.0012345, 4)).isEqualTo("0.001234");
        assertThat(Numbers.significant(0.99996, 4)).isEqualTo("1");
        assertThat(Numbers.significant(20.0, 4)).isEqualTo("20");
        assertThat(Numbers.significant(0, 4)).isEqualTo("0");
    }

    @Test
    void wholeDigitsAreNeverRoundedAwayBelowAMillion() {
        assertThat(Numbers.significant(12345.678, 4)).isEqualTo("12346");
        assertThat(Numbers.significant(999999.4, 4)).isEqualTo("999999");
        assertThat(Numbers.significant(999999.7, 4)).isEqualTo("1E+06");
    }

    @Test
    void veryLargeAndVerySmallNumbersAreScientific() {
        assertThat(Numbers.significant(2.1e11, 4)).isEqualTo("2.1E+11");
        assertThat(Numbers.significant(12_345_678, 4)).isEqualTo("1.235E+07");
        assertThat(Numbers.significant(2.5e-5, 4)).isEqualTo("2.5E-05");
        assertThat(Numbers.significant(-8.123456e-9, 3)).isEqualTo("-8.12E-09");
    }

    @Test
    void valuesAreShownElementByElementAndCopiedInFull() {
        assertThat(Numbers.shown(NODES.numberNode(1.0 / 3), 4)).isEqualTo("0.3333");
        assertThat(Numbers.full(NODES.numberNode(1.0 / 3))).isEqualTo("0.3333333333333333");
        assertThat(Numbers.shown(NODES.numberNode(1234567), 4)).isEqualTo("1.235E+06");
        assertThat(Numbers.full(NODES.numberNode(1234567))).isEqualTo("1234567");
        assertThat(Numbers.full(NODES.numberNode(40.0))).isEqualTo("40");
        assertThat(Numbers.full(NODES.numberNode(1e-5))).isEqualTo("1.0E-5");
        assertThat(Numbers.shown(NODES.textNode("steel"), 4)).isEqualTo("steel");
        var matrix = Json.MAPPER.createArrayNode();
        matrix.addArray().add(1.0 / 3).add(2);
        matrix.addArray().add(0.5).add(1e7);
        assertThat(Numbers.shown(matrix, 3)).isEqualTo("[0.333, 2; 0.5, 1E+07]");
        assertThat(Numbers.full(matrix)).isEqualTo("[0.3333333333333333, 2; 0.5, 10000000]");
    }

    @Test
    void durationsAreCopiedAsSeconds() {
        assertThat(Numbers.seconds(Duration.ofMillis(116))).isEqualTo("0.116");
        assertThat(Numbers.seconds(Duration.ofSeconds(185))).isEqualTo("185");
        assertThat(Numbers.seconds(Duration.ofMillis(2500))).isEqualTo("2.5");
        assertThat(Numbers.seconds(Duration.ZERO)).isEqualTo("0");
    }
}
