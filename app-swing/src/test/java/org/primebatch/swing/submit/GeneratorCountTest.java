package org.primebatch.swing.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.primebatch.cases.Combine;

/** The generator's line under its choices speaks the dialog's words and shows nothing red before the user typed. */
class GeneratorCountTest {
    @Test
    void choosingARangeAsksForItsFieldsWithoutAnError() {
        GeneratorCount count = count(range("", "", ""));
        assertThat(count.text()).isEqualTo("Enter a start, an end and a step for L");
        assertThat(count.error()).isFalse();
        assertThat(count.ready()).isFalse();
        assertThat(count(range("4", "6", "")).error()).as("half typed is not wrong yet").isFalse();
    }

    @Test
    void whatIsWrongIsSaidInTheFieldsWords() {
        assertThat(count(range("four", "6", "1"))).isEqualTo(new GeneratorCount("The start of L must be a number", true, false));
        assertThat(count(range("4", "6", "0")).text()).isEqualTo("The step of L must not be 0");
        assertThat(count(range("6", "4", "0.5")).text()).isEqualTo("The step of L must be negative to go down from 6 to 4");
        GeneratorCount single = count(new SweepChoice("E", SweepChoice.Mode.VALUE, "200, 210", "", "", "", "GPa"));
        assertThat(single.text()).isEqualTo("Enter one value for E, or choose list for several");
        GeneratorCount emptyItem = count(new SweepChoice("w", SweepChoice.Mode.LIST, "10,,20", "", "", "", ""));
        assertThat(emptyItem.error()).isTrue();
        assertThat(emptyItem.text()).startsWith("W: ").doesNotContain("sweep \"").doesNotContain("..");
    }

    @Test
    void completeChoicesCountTheirCases() {
        assertThat(count(range("4", "6", "0.5"), new SweepChoice("w", SweepChoice.Mode.LIST, "10, 20", "", "", "", "kN/m")))
                .isEqualTo(new GeneratorCount("10 cases", false, true));
        assertThat(count(SweepChoice.keep("L", "m"))).isEqualTo(new GeneratorCount(GeneratorCount.NOTHING_CHOSEN, false, false));
        GeneratorCount zip = GeneratorCount.of(List.of(range("4", "6", "1"),
                new SweepChoice("w", SweepChoice.Mode.LIST, "10, 20", "", "", "", "")), Combine.ZIP);
        assertThat(zip).isEqualTo(new GeneratorCount("Side by side needs as many values for each input: L has 3, w has 2", true, false));
    }

    private static SweepChoice range(String from, String to, String step) {
        return new SweepChoice("L", SweepChoice.Mode.RANGE, "", from, to, step, "m");
    }

    private static GeneratorCount count(SweepChoice... choices) {
        return GeneratorCount.of(List.of(choices), Combine.PRODUCT);
    }
}
