package org.primebatch.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.RpcException;

/** The engines a daemon offers, by name, and the rule that picks one for {@code auto}. */
public final class Engines {
    public static final String AUTO = "auto";

    private final Map<String, Engine> byName = new LinkedHashMap<>();

    public Engines(List<Engine> engines) {
        engines.forEach(e -> byName.put(e.name(), e));
    }

    public List<Engine> all() {
        return new ArrayList<>(byName.values());
    }

    public Optional<Engine> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The engine a batch asking for {@code name} runs on. {@code auto} takes native, then mathcad, whichever is
     * available; echo is never chosen automatically.
     */
    public Engine choose(String name) {
        if (AUTO.equals(name)) {
            for (String candidate : List.of("native", "mathcad")) {
                Engine engine = byName.get(candidate);
                if (engine != null && engine.availability().available()) {
                    return engine;
                }
            }
            throw new RpcException(ErrorCode.ENGINE_UNAVAILABLE,
                    "no engine can run this worksheet: the native engine and Mathcad Prime are not available here"
                            + " (use --engine echo to check the pipeline)");
        }
        Engine engine = byName.get(name);
        if (engine == null) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "unknown engine '" + name + "'; known: " + String.join(", ", byName.keySet()) + ", auto");
        }
        if (!engine.availability().available()) {
            throw new RpcException(ErrorCode.ENGINE_UNAVAILABLE, "engine " + name + " is not available: " + engine.availability().reason());
        }
        return engine;
    }
}
