package org.primebatch.engine;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The longest each engine call may take before its host is considered hung. */
public record CallTimeouts(Duration open, Duration setInputs, Duration calculate, Duration export) {
    public static final CallTimeouts DEFAULTS = new CallTimeouts(Duration.ofMinutes(2), Duration.ofMinutes(1),
            Duration.ofMinutes(10), Duration.ofMinutes(5));

    /** The call names a batch may override: {@code open}, {@code setInputs}, {@code calculate}, {@code export}. */
    public static final List<String> CALLS = List.of("open", "setInputs", "calculate", "export");

    /** These timeouts with the given ones (seconds, by call name) replacing them; unknown names are an error. */
    public CallTimeouts with(Map<String, Integer> seconds) {
        if (seconds == null || seconds.isEmpty()) {
            return this;
        }
        Map<String, Duration> all = new LinkedHashMap<>(asMap());
        seconds.forEach((call, value) -> {
            if (!all.containsKey(call)) {
                throw new IllegalArgumentException("unknown engine call '" + call + "' for a timeout; known: " + String.join(", ", CALLS));
            }
            if (value == null || value <= 0) {
                throw new IllegalArgumentException("the timeout of " + call + " must be a positive number of seconds");
            }
            all.put(call, Duration.ofSeconds(value));
        });
        return new CallTimeouts(all.get("open"), all.get("setInputs"), all.get("calculate"), all.get("export"));
    }

    public Map<String, Duration> asMap() {
        Map<String, Duration> map = new LinkedHashMap<>();
        map.put("open", open);
        map.put("setInputs", setInputs);
        map.put("calculate", calculate);
        map.put("export", export);
        return map;
    }
}
