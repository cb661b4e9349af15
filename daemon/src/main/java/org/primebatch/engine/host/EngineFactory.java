package org.primebatch.engine.host;

import java.util.List;
import java.util.Map;
import org.primebatch.engine.Engine;
import org.primebatch.engine.StartedProcesses;
import org.primebatch.engine.echo.EchoEngine;
import org.primebatch.engine.mcdx.NativeEngine;

/** Builds an engine by name, the same way in the daemon and in an engine host. */
public final class EngineFactory {
    public static final List<String> NAMES = List.of("native", "echo");

    private EngineFactory() {
    }

    /**
     * @param slots     sessions the engine may run at once in this process
     * @param settings  the engine's settings from the daemon's configuration (keys without the engine prefix)
     * @param processes where the engine reports processes it starts
     */
    public static Engine create(String name, int slots, Map<String, String> settings, StartedProcesses processes) {
        return switch (name) {
            case "native" -> new NativeEngine(slots);
            case "echo" -> new EchoEngine(slots);
            default -> throw new IllegalArgumentException("unknown engine '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }
}
