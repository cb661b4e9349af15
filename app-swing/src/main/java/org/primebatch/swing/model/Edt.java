package org.primebatch.swing.model;

import javax.swing.SwingUtilities;

/** Guards for state that only the event dispatch thread may touch. */
final class Edt {
    private Edt() {
    }

    static void require() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("called on " + Thread.currentThread().getName() + ", not on the event dispatch thread");
        }
    }
}
