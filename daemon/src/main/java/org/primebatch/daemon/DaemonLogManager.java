package org.primebatch.daemon;

import java.util.logging.LogManager;

/**
 * The JVM's log manager for the daemon process. The standard one closes every handler from a shutdown hook of its
 * own, which can run before the daemon's hook has logged how it stopped on SIGTERM; this one leaves the handlers open
 * at exit (each line is flushed when written). The process's {@code main} names it in the system property
 * {@code java.util.logging.manager} before anything logs.
 */
public final class DaemonLogManager extends LogManager {
    @Override
    public void reset() {
        if (!exiting()) {
            super.reset();
        }
    }

    private static boolean exiting() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
