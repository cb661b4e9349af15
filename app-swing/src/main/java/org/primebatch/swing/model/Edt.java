package org.primebatch.swing.model;

import java.util.concurrent.Executor;
import javax.swing.SwingUtilities;

/** The event dispatch thread: a guard for state only it may touch, and an executor for work that must run on it. */
public final class Edt {
    /** Runs tasks later on the event dispatch thread; for {@code future.whenCompleteAsync(…, Edt.EXECUTOR)}. */
    public static final Executor EXECUTOR = SwingUtilities::invokeLater;

    private Edt() {
    }

    /** Throws when called off the event dispatch thread. */
    public static void require() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("called on " + Thread.currentThread().getName() + ", not on the event dispatch thread");
        }
    }
}
