package org.primebatch.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.api.RpcException;

/** Builds and reads JSON-RPC 2.0 messages and turns them into lines. */
public final class Messages {
    public static final String JSONRPC = "2.0";

    private Messages() {
    }

    public static ObjectNode request(long id, String method, JsonNode params) {
        ObjectNode message = envelope();
        message.put("id", id);
        message.put("method", method);
        if (params != null && !params.isNull()) {
            message.set("params", params);
        }
        return message;
    }

    public static ObjectNode notification(String method, JsonNode params) {
        ObjectNode message = envelope();
        message.put("method", method);
        if (params != null && !params.isNull()) {
            message.set("params", params);
        }
        return message;
    }

    public static ObjectNode result(JsonNode id, JsonNode result) {
        ObjectNode message = envelope();
        message.set("id", id == null ? NullNode.instance : id);
        message.set("result", result == null ? NullNode.instance : result);
        return message;
    }

    public static ObjectNode error(JsonNode id, RpcException e) {
        ObjectNode message = envelope();
        message.set("id", id == null ? NullNode.instance : id);
        message.set("error", errorObject(e));
        return message;
    }

    public static ObjectNode error(JsonNode id, ErrorCode code, String text) {
        return error(id, new RpcException(code, text));
    }

    /** {@code {"code":…,"message":…,"data":{"reason":…, …details}}}. */
    public static ObjectNode errorObject(RpcException e) {
        ObjectNode data = Json.object();
        data.put("reason", e.code().reason());
        if (e.details() != null && e.details().isObject()) {
            e.details().fields().forEachRemaining(f -> {
                if (!"reason".equals(f.getKey())) {
                    data.set(f.getKey(), f.getValue());
                }
            });
        }
        ObjectNode error = Json.object();
        error.put("code", e.code().code());
        error.put("message", e.getMessage() == null ? e.code().reason() : e.getMessage());
        error.set("data", data);
        return error;
    }

    /** The exception an error object stands for: its code from {@code data.reason}, else from the number. */
    public static RpcException toException(JsonNode error) {
        JsonNode data = error.path("data");
        String reason = data.path("reason").asText("");
        ErrorCode code = ErrorCode.fromReason(reason);
        if (!code.reason().equals(reason)) {
            int number = error.path("code").asInt();
            code = Arrays.stream(ErrorCode.values()).filter(c -> c.code() == number).findFirst()
                    .orElse(ErrorCode.INTERNAL_ERROR);
        }
        ObjectNode details = null;
        if (data.isObject()) {
            details = Json.object();
            for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!"reason".equals(field.getKey())) {
                    details.set(field.getKey(), field.getValue());
                }
            }
            if (details.isEmpty()) {
                details = null;
            }
        }
        return new RpcException(code, error.path("message").asText(code.reason()), details);
    }

    /** The message as one line with its {@code \n}; refuses lines the other side would refuse. */
    public static byte[] toLine(JsonNode message) {
        byte[] json;
        try {
            json = Json.MAPPER.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (json.length > Protocol.MAX_LINE_BYTES) {
            throw new IllegalArgumentException(
                    "message of " + json.length + " bytes exceeds the line limit of " + Protocol.MAX_LINE_BYTES);
        }
        byte[] line = Arrays.copyOf(json, json.length + 1);
        line[json.length] = '\n';
        return line;
    }

    private static ObjectNode envelope() {
        ObjectNode message = Json.object();
        message.put("jsonrpc", JSONRPC);
        return message;
    }
}
