package org.primebatch.bench;

final class Rates {
    private Rates() {
    }

    static double perSecond(long count, long nanos) {
        return count / (Math.max(1, nanos) / 1e9);
    }
}
