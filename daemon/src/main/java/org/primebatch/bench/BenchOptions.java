package org.primebatch.bench;

/**
 * What the benchmark measures.
 *
 * @param items       items of the raw baseline and of the end-to-end run
 * @param submitItems cases of the batch whose submit time is measured
 * @param slots       echo slots of the daemon started for the run
 */
public record BenchOptions(int items, int submitItems, int slots) {
    public static final int DEFAULT_ITEMS = 10_000;
    public static final int DEFAULT_SUBMIT_ITEMS = 100_000;
    public static final int DEFAULT_SLOTS = 8;

    public BenchOptions {
        if (items < 1 || submitItems < 1 || slots < 1) {
            throw new IllegalArgumentException("items, submit items and slots must be at least 1");
        }
    }
}
