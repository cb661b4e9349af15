package org.primebatch.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.primebatch.api.RpcException;

/** Answers the requests of connections that have completed the handshake. Called on the connection's reader thread. */
public interface RequestHandler {
    /**
     * Returns the result of {@code method}, or throws {@link RpcException} for an error answer. Unknown methods
     * throw {@code METHOD_NOT_FOUND}. Any other exception is answered as an internal error.
     */
    JsonNode handle(String method, JsonNode params, Session session);
}
