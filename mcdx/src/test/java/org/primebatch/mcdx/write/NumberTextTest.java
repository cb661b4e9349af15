package org.primebatch.mcdx.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void literalsAreShortestPlainDecimals() {
        assertThat(NumberText.literal(6)).isEqualTo("6");
        assertThat(NumberText.literal(-500)).isEqualTo("-500");
        assertThat(NumberText.literal(0.1)).isEqualTo("0.1");
        assertThat(NumberText.literal(-0.0035)).isEqualTo("-0.0035");
        assertThat(NumberText.literal(2e23)).isEqualTo("200000000000000000000000");
        assertThat(NumberText.literal(1.5e-7)).isEqualTo("0.00000015");
        assertThat(NumberText.literal(-0.0)).isEqualTo("0");
    }

    @Test
    void storedNumbersAreAsMathcadWritesThem() {
        assertThat(NumberText.stored(54)).isEqualTo("54");
        assertThat(NumberText.stored(613.8)).isEqualTo("613.8");
        assertThat(NumberText.stored(Math.PI)).isEqualTo("3.1415926535897931");
        assertThat(NumberText.stored(11.54003966354373)).isEqualTo("11.54003966354373");
        assertThat(NumberText.stored(96.947935368043062)).isEqualTo("96.947935368043062");
        assertThat(NumberText.stored(-3.8576620845455468E-05)).isEqualTo("-3.8576620845455468E-05");
        assertThat(NumberText.stored(1e307)).isEqualTo("1E+307");
        assertThat(NumberText.stored(6.02214076E+23)).isEqualTo("6.02214076E+23");
        assertThat(NumberText.stored(0.0001)).isEqualTo("0.0001");
        assertThat(NumberText.stored(0.00001)).isEqualTo("1E-05");
        assertThat(NumberText.stored(1e14)).isEqualTo("100000000000000");
        assertThat(NumberText.stored(1e15)).isEqualTo("1E+15");
    }

    @Test
    void everyNumberReadsBack() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(x)) {
                continue;
            }
            assertThat(Double.parseDouble(NumberText.literal(x))).isEqualTo(x == 0 ? 0.0 : x);
            assertThat(Double.parseDouble(NumberText.stored(x))).isEqualTo(x == 0 ? 0.0 : x);
        }
    }
}
