package org.primebatch.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of samples. */
record Percentiles(long[] sorted) {
    static Percentiles of(long[] samples) {
        long[] copy = samples.clone();
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    /** The smallest sample at or above fraction {@code p} of all samples; 0 when there are none. */
    long at(double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
