package org.primebatch.queue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.primebatch.engine.Engine;

/**
 * The runner's cases claimed and not yet finished, per engine, and the signal that there may be work to claim: a case
 * finished, a batch was submitted, resumed or retried, or the runner is stopping.
 */
final class Slots {
    /** Guarded by {@code this}. */
    private final Map<String, Integer> inFlight = new HashMap<>();
    /** Guarded by {@code this}. */
    private boolean wakeRequested;

    synchronized void add(String engine) {
        inFlight.put(engine, 0);
    }

    /** How many more cases the engine's slots can take. */
    synchronized int free(Engine engine) {
        return engine.defaultSlots() - inFlight.get(engine.name());
    }

    synchronized void claimed(String engine, int cases) {
        inFlight.merge(engine, cases, Integer::sum);
    }

    /** A case of the engine finished or was given back: its slot is free, which is worth claiming for. */
    synchronized void finished(String engine) {
        inFlight.merge(engine, -1, Integer::sum);
        wakeUp();
    }

    synchronized void wakeUp() {
        wakeRequested = true;
        notifyAll();
    }

    /** Waits until woken, stopping, or {@code max} has passed. */
    synchronized void awaitWake(Duration max, BooleanSupplier stopping) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!wakeRequested && !stopping.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        wakeRequested = false;
    }
}
