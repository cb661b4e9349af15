package org.primebatch.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.primebatch.access.Caller;

/** One client connection, as request handlers see it. */
public interface Session {
    long id();

    /** Who is connected: the user the socket names (the daemon's own user for a TCP client with the token). */
    Caller caller();

    /**
     * Queues a notification for this client. When the client's outbound queue is full, the client is told it is too
     * slow and the connection is closed; returns false then, or when the session is already closed.
     */
    boolean notify(String method, JsonNode params);

    boolean isOpen();

    /** Runs {@code action} once when the connection closes (at once if it is already closed). */
    void onClose(Runnable action);

    void close();
}
