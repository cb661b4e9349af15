package org.primebatch.swing.model;

/** How the client stands with the daemon, as the status bar shows it. */
public enum ConnectionState {
    /** Connected and following events. */
    CONNECTED,
    /** Was connected, lost the daemon and is trying again. */
    RECONNECTING,
    /** Has never reached a daemon since it started. */
    NO_DAEMON
}
