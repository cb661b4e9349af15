package org.primebatch.swing.model;

import java.time.Duration;
import java.time.Instant;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;

/**
 * One line of the batches list.
 *
 * @param done       cases in a final state (succeeded, failed, cancelled, skipped)
 * @param ratePerSec cases finished per second since the batch started, or 0 before any finished
 * @param eta        time left at that rate, or null when unknown, the batch is paused (nothing runs, so no time is
 *                   left to tell) or it is final
 */
public record BatchRow(
        long id,
        String name,
        String worksheet,
        String engine,
        BatchState state,
        int done,
        int failed,
        int total,
        double ratePerSec,
        Duration eta) {

    /** The row for {@code view}, its rate and ETA measured up to {@code now} (or its finish). */
    public static BatchRow of(BatchView view, Instant now) {
        Counts counts = view.counts() == null ? Counts.NONE : view.counts();
        double rate = rate(view, counts.done(), now);
        int remaining = counts.total() - counts.done();
        Duration eta = view.state().isFinal() || view.state() == BatchState.PAUSED || rate <= 0 || remaining <= 0
                ? null
                : Duration.ofMillis(Math.round(remaining / rate * 1000));
        return new BatchRow(view.id(), nameOf(view), view.spec().worksheet(), view.spec().engine(), view.state(),
                counts.done(), counts.failed(), counts.total(), rate, eta);
    }

    private static double rate(BatchView view, int done, Instant now) {
        if (view.started() == null || done == 0) {
            return 0;
        }
        Instant end = view.finished() != null ? view.finished() : now;
        long millis = Duration.between(view.started(), end).toMillis();
        return millis <= 0 ? 0 : done * 1000.0 / millis;
    }

    /** The batch's name, else the worksheet's file name. */
    private static String nameOf(BatchView view) {
        String name = view.spec().name();
        if (name != null && !name.isBlank()) {
            return name;
        }
        return fileName(view.spec().worksheet());
    }

    /** A worksheet's file name without its folder, for Windows and Unix paths alike. */
    public static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
}
