package org.primebatch.server;

import org.primebatch.api.DaemonStatus;

/** What the protocol may ask of the daemon itself. */
public interface DaemonControl {
    DaemonStatus status();

    /** Starts a graceful stop and returns at once. */
    void shutdown();
}
