package org.primebatch.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.api.RpcException;
import org.primebatch.wire.Messages;

/**
 * The JSON-RPC rules of one connection: the greeting, the {@code session.hello} handshake, validation of requests
 * and their dispatch to the {@link RequestHandler}. Knows nothing of sockets.
 */
final class ConnectionProtocol {
    static final String WELCOME = "session.welcome";
    private static final Logger LOG = Logger.getLogger(ConnectionProtocol.class.getName());

    private final RequestHandler handler;
    private final Session session;
    private final String version;
    private final AccessToken token;
    private volatile boolean greeted;
    /** The hello deadline passed before the hello; what the client sends later is ignored. */
    private boolean expired;

    /** @param token the token clients must present, or null when none is needed */
    ConnectionProtocol(RequestHandler handler, Session session, String version, AccessToken token) {
        this.handler = handler;
        this.session = session;
        this.version = version;
        this.token = token;
    }

    JsonNode welcome() {
        ObjectNode params = Json.object();
        params.put("product", Protocol.PRODUCT);
        params.put("version", version);
        params.set("protocol", range(Protocol.MIN_VERSION, Protocol.MAX_VERSION));
        params.put("auth", token == null ? "none" : "token");
        return Messages.notification(WELCOME, params);
    }

    Reply lineTooLong() {
        return Reply.sendAndClose(Messages.error(null, ErrorCode.LINE_TOO_LONG,
                "line longer than " + Protocol.MAX_LINE_BYTES + " bytes"));
    }

    Reply onLine(String line) {
        JsonNode message;
        try {
            message = Json.parse(line);
        } catch (JsonProcessingException e) {
            return Reply.sendAndClose(Messages.error(null, ErrorCode.PARSE_ERROR, "not JSON: " + e.getOriginalMessage()));
        }
        return greeted ? onMessage(message) : onFirstMessage(message);
    }

    /** True, and no hello is accepted from now on, if the client has not said hello yet. */
    synchronized boolean expireUnlessGreeted() {
        if (greeted) {
            return false;
        }
        expired = true;
        return true;
    }

    private synchronized Reply onFirstMessage(JsonNode message) {
        if (expired) {
            return Reply.NONE;
        }
        JsonNode id = message.isObject() ? validId(message.get("id")) : null;
        if (!message.isObject() || !Protocol.SESSION_HELLO.equals(message.path("method").asText(null))
                || !message.has("id")) {
            return Reply.sendAndClose(Messages.error(id, ErrorCode.HANDSHAKE_REQUIRED,
                    "the first message must be a " + Protocol.SESSION_HELLO + " request"));
        }
        try {
            JsonNode result = hello(message.path("params"));
            greeted = true;
            return Reply.send(Messages.result(id, result));
        } catch (RpcException e) {
            return Reply.sendAndClose(Messages.error(id, e));
        }
    }

    private JsonNode hello(JsonNode params) {
        if (token != null && !token.matches(params.path("token").asText(null))) {
            throw new RpcException(ErrorCode.UNAUTHORIZED, "missing or wrong token");
        }
        JsonNode range = params.path("protocol");
        int min = range.path("min").asInt(Protocol.MIN_VERSION);
        int max = range.path("max").asInt(min);
        int agreed = Math.min(max, Protocol.MAX_VERSION);
        if (agreed < Math.max(min, Protocol.MIN_VERSION)) {
            throw new RpcException(ErrorCode.UNSUPPORTED_PROTOCOL, "client speaks protocol " + min + ".." + max
                    + ", daemon speaks " + Protocol.MIN_VERSION + ".." + Protocol.MAX_VERSION,
                    Json.object().set("protocol", range(Protocol.MIN_VERSION, Protocol.MAX_VERSION)));
        }
        ObjectNode result = Json.object();
        result.put("protocol", agreed);
        result.put("session", session.id());
        result.put("version", version);
        return result;
    }

    private Reply onMessage(JsonNode message) {
        if (!message.isObject()) {
            return Reply.send(Messages.error(null, ErrorCode.INVALID_REQUEST, "a request must be a JSON object"));
        }
        boolean isRequest = message.has("id");
        JsonNode id = validId(message.get("id"));
        if (isRequest && id == null) {
            return Reply.send(Messages.error(null, ErrorCode.INVALID_REQUEST, "id must be a string or a number"));
        }
        if (!Messages.JSONRPC.equals(message.path("jsonrpc").asText(null))) {
            return Reply.send(Messages.error(id, ErrorCode.INVALID_REQUEST, "\"jsonrpc\":\"2.0\" is required"));
        }
        JsonNode method = message.get("method");
        if (method == null || !method.isTextual()) {
            return Reply.send(Messages.error(id, ErrorCode.INVALID_REQUEST, "method must be a string"));
        }
        try {
            JsonNode result = dispatch(method.asText(), message.get("params"));
            return isRequest ? Reply.send(Messages.result(id, result)) : Reply.NONE;
        } catch (RpcException e) {
            return isRequest ? Reply.send(Messages.error(id, e)) : Reply.NONE;
        }
    }

    private JsonNode dispatch(String method, JsonNode params) {
        if (Protocol.SESSION_HELLO.equals(method)) {
            throw new RpcException(ErrorCode.INVALID_REQUEST, "session.hello was already done");
        }
        if (params == null || params.isNull()) {
            params = Json.object();
        } else if (!params.isObject()) {
            throw new RpcException(ErrorCode.INVALID_PARAMS, "params must be an object");
        }
        try {
            return handler.handle(method, params, session);
        } catch (RpcException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new RpcException(ErrorCode.INVALID_PARAMS, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "request " + method + " of session " + session.id() + " failed", e);
            throw new RpcException(ErrorCode.INTERNAL_ERROR, "internal error: " + e);
        }
    }

    /** The id if JSON-RPC allows it (string, number or null), else null. */
    private static JsonNode validId(JsonNode id) {
        return id != null && (id.isTextual() || id.isNumber() || id.isNull()) ? id : null;
    }

    private static ObjectNode range(int min, int max) {
        ObjectNode range = Json.object();
        range.put("min", min);
        range.put("max", max);
        return range;
    }
}
