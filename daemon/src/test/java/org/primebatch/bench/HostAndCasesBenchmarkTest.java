package org.primebatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Small runs of the host and case-table benchmarks: real hosts killed, real files parsed and written. */
class HostAndCasesBenchmarkTest {
    @Test
    void measuresHostsAgainstInProcessAndReplacesKilledOnes() throws Exception {
        HostBenchmark.Report report = new HostBenchmark(200, 2, line -> { }).run();
        assertThat(report.inProcessMicros()).isPositive();
        assertThat(report.hostedMicros()).isPositive();
        assertThat(report.kills()).isEqualTo(2);
        assertThat(report.detectMillis()).isPositive();
        assertThat(report.replaceMillis()).isGreaterThan(report.startMillis());
        assertThat(report.table()).contains("in a host").contains("detect a dead host");
    }

    @Test
    void parsesGeneratedTablesAndWritesTheResultsWorkbook() throws Exception {
        CasesBenchmark.Report report = new CasesBenchmark(500, line -> { }).run();
        assertThat(report.steps()).extracting(CasesBenchmark.Step::name)
                .containsExactly("parse CSV", "parse XLSX", "write results.xlsx");
        assertThat(report.steps()).allSatisfy(step -> {
            assertThat(step.seconds()).isPositive();
            assertThat(step.peakHeapMib()).isPositive();
        });
    }
}
