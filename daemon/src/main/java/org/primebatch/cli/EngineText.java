package org.primebatch.cli;

import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchView;

/** A batch's engine as the command line shows it, with its cross-check with Mathcad Prime when it has one. */
final class EngineText {
    private EngineText() {
    }

    /** {@code native}, or {@code native, cross-checked with Mathcad Prime (3 cases first, then every 50th case)}. */
    static String of(BatchSpec spec) {
        if (!spec.crossChecked()) {
            return spec.engine();
        }
        return spec.engine() + ", cross-checked with Mathcad Prime (" + spec.verify() + " case" + (spec.verify() == 1 ? "" : "s")
                + " on both engines first" + (spec.spotCheckEvery() > 0 ? ", then every " + ordinal(spec.spotCheckEvery()) + " case" : "")
                + ")";
    }

    /** The cross-check's state in one line, or null for a batch that is not cross-checked. */
    static String crossCheck(BatchView batch) {
        return batch.crossCheck() == null ? null : batch.crossCheck().display();
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
