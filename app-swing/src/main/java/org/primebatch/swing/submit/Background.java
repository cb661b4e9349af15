package org.primebatch.swing.submit;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Work of the new-batch dialog that must stay off the event dispatch thread: reading files, encoding cases. */
final class Background {
    private static final AtomicInteger THREADS = new AtomicInteger();

    static final Executor EXECUTOR = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "pb-new-batch-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private Background() {
    }
}
