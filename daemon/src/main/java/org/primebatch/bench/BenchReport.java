package org.primebatch.bench;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark run and how they compare with the targets.
 *
 * @param rawItemsPerSecond       claim+complete rate of the store alone, two durable transactions per item
 * @param endToEndItemsPerSecond  rate from submitting to the last final event received by a subscribed client
 * @param endToEndFinalEvents     item final events the client received (equals {@code items} when complete)
 * @param endToEndSucceeded       of those, how many reported success
 * @param submitSeconds           time to queue {@code submitItems} cases from a case file
 * @param latencyP50Millis        receipt time minus commit time of {@code item.succeeded} events, median
 * @param daemonPeakRssBytes      the daemon's {@code VmHWM}, or null where it cannot be read
 */
public record BenchReport(
        int items,
        int slots,
        double rawItemsPerSecond,
        double endToEndItemsPerSecond,
        int endToEndFinalEvents,
        int endToEndSucceeded,
        double endToEndToRawRatio,
        int submitItems,
        double submitSeconds,
        int latencySamples,
        long latencyP50Millis,
        long latencyP99Millis,
        Long daemonPeakRssBytes,
        List<Check> checks) {

    /** One target of the issue (for 10,000 items on 2 cores) and whether this run met it. */
    public record Check(String figure, String target, boolean pass) {
    }

    static final double MIN_RATIO = 0.5;
    static final double MIN_END_TO_END_RATE = 1_000;
    static final double MAX_SUBMIT_SECONDS = 3;
    static final long MAX_P99_MILLIS = 50;
    static final long MAX_RSS_BYTES = 250L * 1024 * 1024;

    static List<Check> checks(double ratio, double endToEndRate, double submitSeconds, long p99, Long rss) {
        return List.of(
                new Check("end to end / raw", ">= " + MIN_RATIO, ratio >= MIN_RATIO),
                new Check("end to end items/s", ">= " + (int) MIN_END_TO_END_RATE, endToEndRate >= MIN_END_TO_END_RATE),
                new Check("submit 100,000 cases", "<= " + (int) MAX_SUBMIT_SECONDS + " s", submitSeconds <= MAX_SUBMIT_SECONDS),
                new Check("event latency p99", "< " + MAX_P99_MILLIS + " ms", p99 < MAX_P99_MILLIS),
                new Check("daemon peak RSS", "< 250 MB", rss != null && rss < MAX_RSS_BYTES));
    }

    /** A table for people: each figure, its target and PASS or MISS. */
    public String table() {
        String row = "%-28s %16s   %-12s %s%n";
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "primebatch bench: %,d items, %d echo slots, %,d-case submit%n%n", items, slots, submitItems));
        t.append(String.format(Locale.ROOT, row, "figure", "value", "target", ""));
        t.append(String.format(Locale.ROOT, row, "raw SQLite claim+complete", rate(rawItemsPerSecond), "", ""));
        t.append(String.format(Locale.ROOT, row, "end to end", rate(endToEndItemsPerSecond), target(1), mark(1)));
        t.append(String.format(Locale.ROOT, row, "end to end / raw", String.format(Locale.ROOT, "%.2f", endToEndToRawRatio), target(0), mark(0)));
        t.append(String.format(Locale.ROOT, row, "submit " + String.format(Locale.ROOT, "%,d", submitItems) + " cases",
                String.format(Locale.ROOT, "%.2f s", submitSeconds), target(2), mark(2)));
        t.append(String.format(Locale.ROOT, row, "event latency p50", latencyP50Millis + " ms", "", ""));
        t.append(String.format(Locale.ROOT, row, "event latency p99", latencyP99Millis + " ms", target(3), mark(3)));
        t.append(String.format(Locale.ROOT, row, "daemon peak RSS",
                daemonPeakRssBytes == null ? "n/a" : String.format(Locale.ROOT, "%.1f MB", daemonPeakRssBytes / 1048576.0), target(4), mark(4)));
        t.append(String.format(Locale.ROOT, "%nfinal events %,d of %,d (%,d succeeded); latency from %,d item.succeeded events%n",
                endToEndFinalEvents, items, endToEndSucceeded, latencySamples));
        return t.toString();
    }

    private String target(int check) {
        return checks.get(check).target();
    }

    private String mark(int check) {
        return checks.get(check).pass() ? "PASS" : "MISS";
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f items/s", perSecond);
    }
}
