package org.primebatch.swing.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.primebatch.api.CaseInput;
import org.primebatch.cases.CaseTable;
import org.primebatch.cases.Combine;
import org.primebatch.cases.SweepException;

class CaseGeneratorTest {
    @Test
    void aRangeWithAStepTimesAListMakesEveryCombinationNamedByWhatVaries() {
        CaseTable table = CaseGenerator.generate(List.of(
                new SweepChoice("L", SweepChoice.Mode.RANGE, "", "4", "6", "1", "m"),
                new SweepChoice("w", SweepChoice.Mode.LIST, "10, 20", "", "", "", "kN/m"),
                new SweepChoice("E", SweepChoice.Mode.VALUE, "200", "", "", "", "GPa"),
                SweepChoice.keep("I", "cm^4")), Combine.PRODUCT);
        assertThat(table.cases()).hasSize(6);
        assertThat(table.cases()).extracting(CaseInput::name).containsExactly(
                "L=4 m w=10 kN/m", "L=4 m w=20 kN/m", "L=5 m w=10 kN/m", "L=5 m w=20 kN/m", "L=6 m w=10 kN/m", "L=6 m w=20 kN/m");
        assertThat(table.cases().get(5).inputs()).containsOnlyKeys("L", "w", "E");
        assertThat(table.cases().get(5).inputs().get("E").display()).isEqualTo("200.0 GPa");
    }

    @Test
    void zipPairsEquallyLongSweeps() {
        CaseTable table = CaseGenerator.generate(List.of(
                new SweepChoice("L", SweepChoice.Mode.RANGE, "", "2", "3", "0.5", "m"),
                new SweepChoice("w", SweepChoice.Mode.LIST, "1,2,3", "", "", "", "")), Combine.ZIP);
        assertThat(table.cases()).extracting(CaseInput::name).containsExactly("L=2 m w=1", "L=2.5 m w=2", "L=3 m w=3");
        assertThatThrownBy(() -> CaseGenerator.generate(List.of(
                new SweepChoice("L", SweepChoice.Mode.RANGE, "", "2", "3", "0.5", "m"),
                new SweepChoice("w", SweepChoice.Mode.LIST, "1,2", "", "", "", "")), Combine.ZIP))
                .isInstanceOf(SweepException.class).hasMessageContaining("equally long");
    }

    @Test
    void nothingChosenIsRefused() {
        assertThatThrownBy(() -> CaseGenerator.generate(List.of(SweepChoice.keep("L", "m")), Combine.PRODUCT))
                .isInstanceOf(SweepException.class);
    }
}
