package org.primebatch.swing.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Collects values from any thread and hands them to the event dispatch thread in runs, each value exactly once and
 * in the order offered. At most one flush is scheduled at a time, and it runs a whole period after the first value it
 * carries, so the sink runs at most once a period however many values come.
 */
public final class EventCoalescer<T> implements AutoCloseable {
    /** A period of 34 ms keeps flushes under 30 a second. */
    public static final Duration DEFAULT_PERIOD = Duration.ofMillis(34);

    /** Runs a flush on the event dispatch thread once the period has passed. */
    @FunctionalInterface
    public interface FlushScheduler {
        void scheduleOnEdt(Runnable flush);
    }

    private final Queue<T> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final FlushScheduler scheduler;
    private final Consumer<List<T>> sink;
    private final AutoCloseable timer;
    private volatile boolean closed;

    /** Flushes through {@code scheduler}; for tests that decide when a period has passed. */
    public EventCoalescer(FlushScheduler scheduler, Consumer<List<T>> sink) {
        this(scheduler, sink, () -> { });
    }

    private EventCoalescer(FlushScheduler scheduler, Consumer<List<T>> sink, AutoCloseable timer) {
        this.scheduler = scheduler;
        this.sink = sink;
        this.timer = timer;
    }

    /** Flushes to {@code sink} on the event dispatch thread at most once every {@code period}. */
    public static <T> EventCoalescer<T> everyPeriod(Duration period, Consumer<List<T>> sink) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pb-event-coalescer");
            thread.setDaemon(true);
            return thread;
        });
        FlushScheduler scheduler = flush -> timer.schedule(() -> SwingUtilities.invokeLater(flush),
                period.toNanos(), TimeUnit.NANOSECONDS);
        return new EventCoalescer<>(scheduler, sink, timer::shutdownNow);
    }

    /** Queues {@code value}; safe from any thread. */
    public void offer(T value) {
        if (closed) {
            return;
        }
        pending.add(value);
        if (scheduled.compareAndSet(false, true)) {
            scheduler.scheduleOnEdt(this::flush);
        }
    }

    private void flush() {
        Edt.require();
        // cleared before draining: a value offered during the drain then schedules a flush of its own
        scheduled.set(false);
        List<T> run = new ArrayList<>();
        for (T value; (value = pending.poll()) != null; ) {
            run.add(value);
        }
        if (!run.isEmpty() && !closed) {
            sink.accept(run);
        }
    }

    /** Drops what has not been flushed and stops flushing. */
    @Override
    public void close() {
        closed = true;
        pending.clear();
        try {
            timer.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
