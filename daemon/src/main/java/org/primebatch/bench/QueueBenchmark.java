package org.primebatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.client.Home;

/**
 * Measures the queue in one temporary directory (one disk): the store alone, the same items end to end through a
 * daemon child process with the echo engine, the submit time of a large batch, event latency and the daemon's
 * peak memory. The directory is deleted afterwards.
 */
public final class QueueBenchmark {
    private final BenchOptions options;
    private final DaemonLauncher launcher;
    private final Consumer<String> progress;

    public QueueBenchmark(BenchOptions options, DaemonLauncher launcher, Consumer<String> progress) {
        this.options = options;
        this.launcher = launcher;
        this.progress = progress;
    }

    public BenchReport run() throws IOException, InterruptedException {
        // short: the daemon's socket path lies below it, and Unix socket paths are limited to about 100 bytes
        Path dir = Files.createTempDirectory("pbbench");
        try {
            return runIn(dir);
        } finally {
            deleteTree(dir);
        }
    }

    private BenchReport runIn(Path dir) throws IOException, InterruptedException {
        Path worksheet = Files.writeString(dir.resolve("sheet.mcdx"), "echo");
        BatchSpec spec = new BatchSpec(null, worksheet.toString(), "echo", null, null, null, null, null, null, null, null, null, null, null);
        List<CaseInput> cases = cases(options.items());

        progress.accept("raw: " + options.items() + " items, claim and complete one at a time");
        double raw = RawQueueBench.run(dir.resolve("raw.db"), spec, cases, progress);

        progress.accept("starting a daemon with " + options.slots() + " echo slots");
        try (DaemonProcess daemon = DaemonProcess.start(launcher, new Home(dir.resolve("h")), options.slots())) {
            EndToEndBench.Result endToEnd = EndToEndBench.run(daemon, spec, cases, endToEndLimit(), progress);
            progress.accept("submit: " + options.submitItems() + " cases from a case file");
            double submitSeconds = SubmitBench.run(daemon, spec, dir.resolve("cases.csv"), options.submitItems());
            OptionalLong rss = daemon.peakRssBytes();
            progress.accept("stopping the daemon");
            return report(raw, endToEnd, submitSeconds, rss.isPresent() ? rss.getAsLong() : null);
        }
    }

    private BenchReport report(double raw, EndToEndBench.Result endToEnd, double submitSeconds, Long rss) {
        Percentiles latency = Percentiles.of(endToEnd.latencyMillis());
        double ratio = endToEnd.itemsPerSecond() / raw;
        long p99 = latency.at(0.99);
        return new BenchReport(options.items(), options.slots(), raw, endToEnd.itemsPerSecond(), endToEnd.finalEvents(),
                endToEnd.succeeded(), ratio, options.submitItems(), submitSeconds, endToEnd.latencyMillis().length,
                latency.at(0.50), p99, rss, BenchReport.checks(ratio, endToEnd.itemsPerSecond(), submitSeconds, p99, rss));
    }

    /** Generous: far slower than any target, yet a stuck run still ends. */
    private Duration endToEndLimit() {
        return Duration.ofSeconds(60 + options.items() / 20L);
    }

    static List<CaseInput> cases(int count) {
        List<CaseInput> cases = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            cases.add(new CaseInput("c" + i, Map.of("x", CaseValue.of(i, null), "y", CaseValue.of(i * 0.5, "m"))));
        }
        return cases;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
