package org.primebatch.swing.model;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.primebatch.client.DaemonUnavailableException;

/** What went wrong with a request, in words for a message: the cause a future wraps, without class names. */
public final class Failures {
    private Failures() {
    }

    public static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    public static String message(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof DaemonUnavailableException) {
            return "the daemon is not connected";
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return message;
    }
}
