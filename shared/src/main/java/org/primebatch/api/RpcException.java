package org.primebatch.api;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON-RPC error, raised by the daemon's methods and by the client when the daemon answers with one. */
public class RpcException extends RuntimeException {
    private final ErrorCode code;
    private final transient JsonNode details;

    public RpcException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public RpcException(ErrorCode code, String message, JsonNode details) {
        super(message);
        this.code = code;
        this.details = details;
    }

    public ErrorCode code() {
        return code;
    }

    /** Extra fields of {@code error.data} besides {@code reason}, or null. */
    public JsonNode details() {
        return details;
    }
}
