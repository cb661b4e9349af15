package org.primebatch.queue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primebatch.engine.Engine;
import org.primebatch.store.Claim;
import org.primebatch.store.QueueStore;

/** Claims as many cases as each engine has free slots and hands them to that engine's workers. */
final class Claimer implements Runnable {
    private static final Logger LOG = Logger.getLogger(Claimer.class.getName());

    private final QueueStore store;
    private final Engines engines;
    private final Map<String, BlockingQueue<Claim>> ready;
    private final Slots slots;
    private final String owner;
    private final RunnerConfig config;
    private final Clock clock;
    private final BooleanSupplier stopping;

    Claimer(QueueStore store, Engines engines, Map<String, BlockingQueue<Claim>> ready, Slots slots, String owner,
            RunnerConfig config, Clock clock, BooleanSupplier stopping) {
        this.store = store;
        this.engines = engines;
        this.ready = ready;
        this.slots = slots;
        this.owner = owner;
        this.config = config;
        this.clock = clock;
        this.stopping = stopping;
    }

    @Override
    public void run() {
        while (!stopping.getAsBoolean()) {
            try {
                int claimed = 0;
                for (Engine engine : engines.all()) {
                    int free = slots.free(engine);
                    // an engine that is unavailable (held back after failures) leaves its cases waiting in the queue
                    if (free <= 0 || stopping.getAsBoolean() || !engine.availability().available()) {
                        continue;
                    }
                    List<Claim> claims = store.claim(owner, engine.name(), free, clock.instant(), clock.instant().plus(config.lease()));
                    slots.claimed(engine.name(), claims.size());
                    ready.get(engine.name()).addAll(claims);
                    claimed += claims.size();
                }
                // after a round every engine either has its slots filled or has nothing more to claim: either way
                // only a finished case, a submission or time (retries falling due) brings new work
                slots.awaitWake(claimed == 0 ? config.idlePoll() : Duration.ofMillis(50), stopping);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "claiming work failed", e);
                slots.awaitWake(Duration.ofSeconds(1), stopping);
            }
        }
    }
}
