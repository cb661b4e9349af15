package org.primebatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Json;

/** JSON text columns to and from their Java values. */
final class Columns {
    private static final TypeReference<Map<String, CaseValue>> VALUES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };
    // A writer bound to the type skips the per-call serializer lookup, which matters for 100,000 cases.
    private static final ObjectWriter VALUES_WRITER = Json.MAPPER.writerFor(VALUES);

    private Columns() {
    }

    static String json(Object value) {
        return value == null ? null : Json.write(value);
    }

    static String values(Map<String, CaseValue> values) {
        try {
            return values == null ? null : VALUES_WRITER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, CaseValue> values(String json) {
        return json == null ? null : read(json, VALUES);
    }

    static List<String> names(String json) {
        return json == null ? null : read(json, NAMES);
    }

    static BatchSpec spec(String json) {
        return read(json, new TypeReference<BatchSpec>() {
        });
    }

    static JsonNode tree(String json) {
        return json == null ? null : read(json, new TypeReference<JsonNode>() {
        });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON column: " + e.getOriginalMessage(), e);
        }
    }
}
