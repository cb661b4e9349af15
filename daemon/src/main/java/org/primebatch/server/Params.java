package org.primebatch.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.RpcException;

/** Typed reads of request parameters; a missing or mistyped parameter is an INVALID_PARAMS error naming it. */
record Params(JsonNode node) {
    long requiredLong(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw invalid(name + " is required");
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw invalid(name + " must be an integer");
        }
        return value.asLong();
    }

    long optionalLong(String name, long fallback) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? fallback : requiredLong(name);
    }

    String optionalText(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalid(name + " must be a string");
        }
        return value.asText();
    }

    JsonNode optionalObject(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw invalid(name + " must be an object");
        }
        return value;
    }

    JsonNode optionalArray(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw invalid(name + " must be an array");
        }
        return value;
    }

    Set<String> textSet(String name) {
        JsonNode array = optionalArray(name);
        Set<String> words = new LinkedHashSet<>();
        if (array != null) {
            for (JsonNode word : array) {
                if (!word.isTextual()) {
                    throw invalid(name + " must hold strings");
                }
                words.add(word.asText());
            }
        }
        return words;
    }

    static RpcException invalid(String message) {
        return new RpcException(ErrorCode.INVALID_PARAMS, message);
    }
}
