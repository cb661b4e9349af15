package org.primebatch.mcdx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.primebatch.api.CaseValue;
import org.primebatch.api.IoValue;
import org.primebatch.engine.EngineSession;
import org.primebatch.mcdx.testing.Examples;
import org.junit.jupiter.api.Test;

/** The README's example of the evaluator used alone, as it is written there. */
class LibraryExampleTest {
    @Test
    void readsAWorksheetSetsInputsAndReadsOutputsWithUnits() throws Exception {
        Path beam = Examples.beamWorksheet();
        Map<String, String> printed = new LinkedHashMap<>();

        for (IoValue input : McdxWorksheet.open(beam).inspect().inputs()) {
            printed.put(input.alias(), input.display());
        }
        boolean reproduced = McdxWorksheet.open(beam).check().runsNatively();
        try (EngineSession session = new NativeEngine(1).open(beam)) {
            session.setInputs(Map.of("L", CaseValue.of(8, "m"), "w", CaseValue.of(20, "kN/m")));
            session.calculate();
            session.outputs().forEach((alias, value) -> printed.put(alias, value.display()));
        }

        assertThat(reproduced).isTrue();
        assertThat(printed).containsKeys("L", "w", "E", "I", "M_max", "delta_max", "sigma", "utilisation");
        assertThat(printed.get("L")).isEqualTo("6 m");
        assertThat(printed.get("M_max")).isEqualTo("160.0 kN·m");
    }
}
