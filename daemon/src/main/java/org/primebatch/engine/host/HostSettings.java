package org.primebatch.engine.host;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How the hosts of one engine are started and supervised.
 *
 * @param jvmOptions       options for the host JVM, after the defaults
 * @param engineSettings   the engine's own settings, passed to the host as {@code key=value} arguments
 * @param recycleAfter     cases a host runs before it is replaced by a fresh one
 * @param startTimeout     longest a host may take to say it is ready
 * @param heartbeatTimeout silence after which a host is taken for frozen
 * @param deathLimit       host deaths within {@code deathWindow} that hold the engine back
 * @param deathWindow      the window in which deaths are counted
 * @param holdBack         how long the engine is held back; cases wait meanwhile
 */
public record HostSettings(List<String> jvmOptions, Map<String, String> engineSettings, int recycleAfter,
                           Duration startTimeout, Duration heartbeatTimeout, int deathLimit, Duration deathWindow,
                           Duration holdBack) {
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms8m", "-Xmx512m", "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=96m", "-Xss1m");

    public HostSettings {
        jvmOptions = List.copyOf(jvmOptions);
        engineSettings = Map.copyOf(engineSettings);
    }

    public static HostSettings defaults() {
        return new HostSettings(List.of(), Map.of(), 200, Duration.ofSeconds(60), Duration.ofSeconds(10), 3,
                Duration.ofMinutes(1), Duration.ofMinutes(1));
    }
}
