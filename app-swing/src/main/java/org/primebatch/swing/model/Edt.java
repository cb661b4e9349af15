package org.primebatch.swing.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javax.swing.SwingUtilities;

/** The event dispatch thread: a guard for state only it may touch, and an executor for work that must run on it. */
public final class Edt {
    /** Runs tasks later on the event dispatch thread; for {@code future.whenCompleteAsync(…, Edt.EXECUTOR)}. */
    public static final Executor EXECUTOR = SwingUtilities::invokeLater;

    private Edt() {
    }

    /**
     * Handles the answer on the event dispatch thread. Unlike a bare {@code whenCompleteAsync}, a handler that throws
     * reaches the thread's uncaught-exception handler instead of vanishing into the returned future.
     */
    public static <T> void onAnswer(CompletableFuture<T> answer, BiConsumer<? super T, ? super Throwable> handler) {
        answer.whenCompleteAsync((value, error) -> {
            try {
                handler.accept(value, error);
            } catch (RuntimeException | Error e) {
                Thread thread = Thread.currentThread();
                thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
            }
        }, EXECUTOR);
    }

    /** Throws when called off the event dispatch thread. */
    public static void require() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("called on " + Thread.currentThread().getName() + ", not on the event dispatch thread");
        }
    }
}
