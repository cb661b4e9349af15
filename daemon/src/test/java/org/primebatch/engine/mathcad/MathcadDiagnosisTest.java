package org.primebatch.engine.mathcad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.mcdx.testing.Examples;

class MathcadDiagnosisTest {
    @TempDir
    Path dir;

    private final FakePrime prime = new FakePrime();
    private final MathcadEngine engine = FakeEngines.on(prime, new RecordedProcesses());

    @AfterEach
    void stopPrime() {
        prime.shutdown();
    }

    @Test
    void reportsEveryComCallOfOneCaseWithItsOutcome() {
        StringWriter report = new StringWriter();

        boolean ok = MathcadDiagnosis.run(engine, Examples.beamWorksheet(), dir, new PrintWriter(report));

        String text = report.toString();
        assertThat(ok).as(text).isTrue();
        assertThat(text).containsPattern("OK +\\d+ ms  GetVersion -> 10.0.0.0")
                .containsPattern("OK +\\d+ ms  OpenEx\\(.*beam.mcdx\\)")
                .containsPattern("OK +\\d+ ms  Inputs -> \\[L, w, E, I\\]")
                .containsPattern("OK +\\d+ ms  SetRealValue\\(L\\) -> 0")
                .containsPattern("OK +\\d+ ms  Synchronize")
                .containsPattern("OK +\\d+ ms  OutputGetValue\\(M_max\\) -> real in ")
                .containsPattern("OK +\\d+ ms  SaveAs\\(.*\\.pdf\\)")
                .containsPattern("OK +\\d+ ms  Quit\\(spDiscardChanges\\)")
                .contains("mathcad    Mathcad Prime 10.0.0.0, started for this diagnosis and quit at its end")
                .containsPattern("M_max +54.0 kN")
                .containsPattern("inputs\\n  L +6.0 m\\n  w ")
                .contains("result     every call succeeded");
        assertThat(dir.resolve("diagnosis.pdf")).isRegularFile();
    }

    @Test
    void aFailingCallIsReportedAndTheDiagnosisFails() {
        prime.registered = false;
        StringWriter report = new StringWriter();

        boolean ok = MathcadDiagnosis.run(engine, Examples.beamWorksheet(), dir, new PrintWriter(report));

        assertThat(ok).isFalse();
        assertThat(report.toString()).containsPattern("FAILED +\\d+ ms  create MathcadPrime.Application: Mathcad Prime is not installed or registered")
                .contains("1 failure(s); send this report along");
    }
}
