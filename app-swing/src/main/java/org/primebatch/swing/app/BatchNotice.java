package org.primebatch.swing.app;

import java.util.Optional;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;
import org.primebatch.api.Event;

/** A desktop notification about a batch that ended. */
record BatchNotice(long batch, String title, String text, boolean failed) {

    /** The notice for a {@code batch.finished} event, with the batch as it ended when it is known. */
    static BatchNotice of(Event finished, Optional<BatchView> view) {
        String name = view.map(BatchNotice::nameOf).orElse("Batch " + finished.batch());
        String state = finished.state() == null ? "finished" : finished.state();
        String counts = view.map(v -> summary(v.counts())).orElse("");
        return new BatchNotice(finished.batch(), name + " " + state, counts, !"succeeded".equals(state));
    }

    private static String nameOf(BatchView view) {
        String name = view.spec().name();
        return name != null && !name.isBlank() ? name : "Batch " + view.id();
    }

    private static String summary(Counts counts) {
        if (counts == null) {
            return "";
        }
        String text = counts.succeeded() + " of " + counts.total() + " cases succeeded";
        return counts.failed() > 0 ? text + ", " + counts.failed() + " failed" : text;
    }
}
