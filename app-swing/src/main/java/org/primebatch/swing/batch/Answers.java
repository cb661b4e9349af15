package org.primebatch.swing.batch;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.primebatch.swing.model.Edt;

/** Handles answers on the event dispatch thread, where a handler that throws is reported rather than lost in the future. */
final class Answers {
    private Answers() {
    }

    static <T> void onEdt(CompletableFuture<T> answer, BiConsumer<? super T, ? super Throwable> handler) {
        answer.whenCompleteAsync((value, error) -> {
            try {
                handler.accept(value, error);
            } catch (RuntimeException | Error e) {
                Thread thread = Thread.currentThread();
                thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
            }
        }, Edt.EXECUTOR);
    }
}
