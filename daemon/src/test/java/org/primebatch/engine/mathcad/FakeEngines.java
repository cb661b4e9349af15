package org.primebatch.engine.mathcad;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.primebatch.engine.CallTimeouts;
import org.primebatch.engine.Engine.Availability;
import org.primebatch.engine.SessionOptions;
import org.primebatch.engine.StartedProcesses;

/** Mathcad engines on the fake Prime, and options with short timeouts. */
final class FakeEngines {
    static final MathcadConfig CONFIG = new MathcadConfig(Path.of("jacob-1.14.3-x64.dll"), false, Duration.ZERO);

    private FakeEngines() {
    }

    static MathcadEngine on(FakePrime prime, StartedProcesses processes) {
        return new MathcadEngine(CONFIG, processes, prime, prime, () -> new MathcadInstallation(Availability.YES, prime.version));
    }

    static SessionOptions timeouts(int seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return new SessionOptions(Map.of(), new CallTimeouts(d, d, d, d));
    }

    static SessionOptions outputUnits(Map<String, String> units) {
        return new SessionOptions(units, timeouts(30).timeouts());
    }
}
