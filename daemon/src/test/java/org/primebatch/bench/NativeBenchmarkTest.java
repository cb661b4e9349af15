package org.primebatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.testing.Examples;

/** Small native benchmark runs: the figures come from real evaluations and real files. */
class NativeBenchmarkTest {
    @Test
    void measuresTheBeamExample() throws Exception {
        NativeBenchmark.Report report = new NativeBenchmark(Examples.beamWorksheet(), 50, line -> { }).run();
        assertThat(report.varied()).containsExactlyInAnyOrder("L", "w", "E", "I");
        assertThat(report.regions()).isEqualTo(10);
        assertThat(report.exports()).isEqualTo(50);
        assertThat(report.casesPerSecond()).isPositive();
        assertThat(report.mcdxPerSecond()).isPositive();
        assertThat(report.pdfsPerSecond()).isPositive();
        assertThat(report.table()).contains("evaluate").contains("write .mcdx").contains("write PDF");
    }

    @Test
    void generatesAWorksheetOfTheGivenSizeThatTheNativeEngineTakes() throws Exception {
        List<String> progress = new ArrayList<>();
        NativeBenchmark.Report report = NativeBenchmark.onSynthetic(40, 20, progress::add);
        assertThat(report.regions()).isEqualTo(40);
        assertThat(report.varied()).containsExactly("x");
        assertThat(progress).first().asString().contains("40 math regions");
    }
}
