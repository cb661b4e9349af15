package org.primebatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.primebatch.cli.Main;
import org.primebatch.daemon.Daemon;

/** A small benchmark run through a real daemon process: every figure is measured from what really happened. */
class QueueBenchmarkTest {
    private static final DaemonLauncher LAUNCHER = (home, args) -> {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Daemon.JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--home", home.dir().toString(), "daemon"));
        command.addAll(args);
        return command;
    };

    @Test
    void smallRunReceivesEveryFinalEventAndReportsEveryFigure() throws Exception {
        List<String> progress = new ArrayList<>();

        BenchReport report = new QueueBenchmark(new BenchOptions(300, 2_000, 2), LAUNCHER, progress::add).run();

        assertThat(report.items()).isEqualTo(300);
        assertThat(report.endToEndFinalEvents()).isEqualTo(300);
        assertThat(report.endToEndSucceeded()).isEqualTo(300);
        assertThat(report.latencySamples()).isEqualTo(300);
        assertThat(report.latencyP99Millis()).isGreaterThanOrEqualTo(report.latencyP50Millis()).isNotNegative();
        assertThat(report.rawItemsPerSecond()).isPositive();
        assertThat(report.endToEndItemsPerSecond()).isPositive();
        assertThat(report.endToEndToRawRatio()).isCloseTo(report.endToEndItemsPerSecond() / report.rawItemsPerSecond(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.submitSeconds()).isPositive();
        assertThat(report.daemonPeakRssBytes()).as("VmHWM of the daemon process").isPositive();
        assertThat(report.checks()).extracting(BenchReport.Check::figure).hasSize(5);
        assertThat(report.table()).contains("end to end").contains("daemon peak RSS").contains("final events 300 of 300");
        assertThat(progress).anyMatch(line -> line.startsWith("starting a daemon with 2 echo slots"));
    }
}
