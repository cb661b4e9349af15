package org.primebatch.swing.model;

import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;
import org.primebatch.api.Event;

final class Fixtures {
    static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    private Fixtures() {
    }

    static BatchView batch(long id, String name, BatchState state, Counts counts, Instant created, Instant started) {
        BatchSpec spec = new BatchSpec(name, "C:\\sheets\\beam-" + id + ".mcdx", "echo", null, null, null, null, null,
                null, null, null, null, null, null);
        return new BatchView(id, state, spec, counts, created, started, null, null);
    }

    static BatchView batch(long id, BatchState state) {
        return batch(id, "batch " + id, state, Counts.NONE, T0.plusSeconds(id), null);
    }

    static Counts counts(int total, int succeeded, int failed) {
        return new Counts(total, total - succeeded - failed, 0, succeeded, failed, 0, 0);
    }

    static Event event(long seq, String type, long batch) {
        return new Event(seq, T0, type, batch, null, null, null);
    }

    static <T> T onEdt(Callable<T> task) throws InterruptedException, InvocationTargetException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw new InvocationTargetException(failure.get());
        }
        return result.get();
    }

    static void onEdt(Runnable task) throws InterruptedException, InvocationTargetException {
        SwingUtilities.invokeAndWait(task);
    }
}
