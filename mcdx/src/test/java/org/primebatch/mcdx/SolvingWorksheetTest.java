package org.primebatch.mcdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.EngineSession;

/** A root and a solve block in every case, run through the native engine as a batch runs them. */
class SolvingWorksheetTest {
    @TempDir
    Path dir;

    @Test
    void eachCaseFindsItsRootAndSolvesItsSolveBlockForItsOwnInput() throws Exception {
        Path sheet = SyntheticWorksheet.writeSolving(dir);
        assertThat(McdxWorksheet.open(sheet).check().runsNatively()).isTrue();
        NativeEngine engine = new NativeEngine(1);
        try (EngineSession session = engine.open(sheet)) {
            for (double x : new double[] {3, 2, 0.5}) {
                session.setInputs(Map.of("x", CaseValue.of(x, null)));
                session.calculate();
                Map<String, CaseValue> out = session.outputs();
                double y = out.get("y").value().asDouble();
                double v = out.get("v").value().asDouble();
                assertThat(y * y * y + x * y - 10).isCloseTo(0, within(1e-9));
                assertThat(y).isBetween(0.0, 10.0);
                // u² + x·u = 10 from the guess 1: the positive root of the quadratic
                assertThat(v).isCloseTo((-x + Math.sqrt(x * x + 40)) / 2, within(1e-9));
            }
        }
    }
}
