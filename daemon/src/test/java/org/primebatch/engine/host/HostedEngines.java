package org.primebatch.engine.host;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.primebatch.engine.Engine;

/** Hosted engines for tests, with the events they raise recorded. */
final class HostedEngines {
    final List<String> events = new CopyOnWriteArrayList<>();

    HostedEngine create(Engine local, int slots, HostSettings settings) {
        return new HostedEngine(local, slots, () -> settings, ProcessLedger.NONE, new HostedEngine.Events() {
            @Override
            public void heldBack(String engine, String reason, Instant until) {
                events.add("held back " + engine + ": " + reason);
            }

            @Override
            public void back(String engine) {
                events.add("back " + engine);
            }
        }, Clock.systemUTC());
    }

    static HostSettings settings(int recycleAfter, List<String> jvmOptions, Duration holdBack) {
        HostSettings d = HostSettings.defaults();
        return new HostSettings(jvmOptions, Map.of(), recycleAfter, d.startTimeout(), Duration.ofSeconds(5), d.deathLimit(),
                d.deathWindow(), holdBack);
    }
}
