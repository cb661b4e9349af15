package org.primebatch.client;

/** The daemon cannot be reached, or the connection to it ended before an answer came. */
public class DaemonUnavailableException extends RuntimeException {
    public DaemonUnavailableException(String message) {
        super(message);
    }

    public DaemonUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
