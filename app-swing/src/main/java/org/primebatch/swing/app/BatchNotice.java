package org.primebatch.swing.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;
import org.primebatch.api.Event;

/** A desktop notification about a batch that ended. */
record BatchNotice(long batch, String title, String text, boolean failed) {

    /** One notice per {@code batch.finished} event among {@code events}, named after the batch when it is known. */
    static List<BatchNotice> of(List<Event> events, LongFunction<Optional<BatchView>> batches) {
        List<BatchNotice> notices = new ArrayList<>();
        for (Event event : events) {
            if (!Event.BATCH_FINISHED.equals(event.type())) {
                continue;
            }
            Optional<BatchView> view = batches.apply(event.batch());
            String name = view.map(BatchNotice::nameOf).orElse("Batch " + event.batch());
            String state = event.state() == null ? "finished" : event.state();
            boolean failed = !"succeeded".equals(state);
            String counts = view.map(v -> summary(v.counts())).orElse("");
            notices.add(new BatchNotice(event.batch(), name + " " + state, counts, failed));
        }
        return notices;
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
