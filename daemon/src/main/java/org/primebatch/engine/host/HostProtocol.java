package org.primebatch.engine.host;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Json;
import org.primebatch.engine.CallTimeouts;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.SessionOptions;
import org.primebatch.api.DesignationNames;

/**
 * The JSON Lines an engine host and its supervisor exchange, one object per line.
 *
 * <p>Supervisor to host: requests {@code {"id":n,"op":…}} with ops {@code open} (worksheet, options),
 * {@code setInputs} (inputs), {@code calculate}, {@code outputs}, {@code export} (format, target, caseName) and
 * {@code close}; the host handles them one at a time. Host to supervisor: {@code ready} once (engine, version, pid),
 * a {@code reply} per request (result, or error with message, retryable, sessionLost), a {@code heartbeat} every
 * {@link #HEARTBEAT_EVERY}, and {@code started}/{@code ended} for processes the engine started itself.
 */
final class HostProtocol {
    static final Duration HEARTBEAT_EVERY = Duration.ofMillis(500);

    static final String TYPE = "type";
    static final String READY = "ready";
    static final String REPLY = "reply";
    static final String HEARTBEAT = "heartbeat";
    static final String STARTED = "started";
    static final String ENDED = "ended";

    static final String OPEN = "open";
    static final String SET_INPUTS = "setInputs";
    static final String CALCULATE = "calculate";
    static final String OUTPUTS = "outputs";
    static final String EXPORT = "export";
    static final String CLOSE = "close";

    private static final TypeReference<Map<String, CaseValue>> VALUES = new TypeReference<>() {
    };

    private HostProtocol() {
    }

    static JsonNode values(Map<String, CaseValue> values) {
        return Json.MAPPER.valueToTree(values);
    }

    static Map<String, CaseValue> values(JsonNode node) {
        return Json.MAPPER.convertValue(node, VALUES);
    }

    static ObjectNode options(SessionOptions options) {
        ObjectNode node = Json.object();
        node.set("outputUnits", Json.tree(options.outputUnits()));
        ObjectNode timeouts = node.putObject("timeoutMillis");
        options.timeouts().asMap().forEach((call, limit) -> timeouts.put(call, limit.toMillis()));
        if (!options.designate().isEmpty()) {
            node.set("designate", Json.tree(options.designate()));
        }
        return node;
    }

    static SessionOptions options(JsonNode node) {
        Map<String, String> units = new LinkedHashMap<>();
        node.path("outputUnits").fields().forEachRemaining(e -> units.put(e.getKey(), e.getValue().asText()));
        JsonNode t = node.path("timeoutMillis");
        CallTimeouts d = CallTimeouts.DEFAULTS;
        CallTimeouts timeouts = new CallTimeouts(millis(t, "open", d.open()), millis(t, "setInputs", d.setInputs()),
                millis(t, "calculate", d.calculate()), millis(t, "export", d.export()));
        JsonNode designate = node.get("designate");
        return new SessionOptions(units, timeouts, designate == null || designate.isNull() ? DesignationNames.NONE
                : Json.MAPPER.convertValue(designate, DesignationNames.class));
    }

    private static Duration millis(JsonNode timeouts, String call, Duration fallback) {
        JsonNode value = timeouts.get(call);
        return value != null && value.canConvertToLong() ? Duration.ofMillis(value.asLong()) : fallback;
    }

    static ObjectNode error(EngineException e) {
        return Json.object().put("message", String.valueOf(e.getMessage())).put("retryable", e.retryable())
                .put("sessionLost", e.sessionLost());
    }

    static EngineException error(JsonNode node) {
        String message = node.path("message").asText("the engine host reported an error");
        if (node.path("sessionLost").asBoolean()) {
            return EngineException.sessionLost(message, null);
        }
        return new EngineException(message, node.path("retryable").asBoolean());
    }
}
