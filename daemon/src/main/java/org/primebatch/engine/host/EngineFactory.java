package org.primebatch.engine.host;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.primebatch.engine.Engine;
import org.primebatch.engine.StartedProcesses;
import org.primebatch.engine.echo.EchoEngine;
import org.primebatch.engine.mathcad.MathcadConfig;
import org.primebatch.engine.mathcad.MathcadEngine;
import org.primebatch.mcdx.NativeEngine;

/** Builds an engine by name, the same way in the daemon and in an engine host. */
public final class EngineFactory {
    public static final List<String> NAMES = List.of("native", "mathcad", "echo");

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
            case "echo" -> new EchoEngine(slots, processes);
            case "mathcad" -> new MathcadEngine(mathcadConfig(settings), processes);
            default -> throw new IllegalArgumentException("unknown engine '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }

    /** Settings {@code jacob-dll} (the exact DLL file) and {@code visible}; without them, {@link MathcadConfig#defaults()}. */
    private static MathcadConfig mathcadConfig(Map<String, String> settings) {
        MathcadConfig config = MathcadConfig.defaults();
        String dll = settings.get("jacob-dll");
        if (dll != null && !dll.isBlank()) {
            config = new MathcadConfig(Path.of(dll).toAbsolutePath(), config.visible(), config.answerGrace());
        }
        return config.withVisible(Boolean.parseBoolean(settings.getOrDefault("visible", "false")));
    }
}
