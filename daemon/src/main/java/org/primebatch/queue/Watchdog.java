package org.primebatch.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primebatch.store.Outcome;
import org.primebatch.store.QueueStore;

/**
 * Keeps the runner's cases within their bounds: every tick, the deadlines of the running cases (timeout, cancel
 * grace); every third of the lease, the leases of the cases claimed, and those of any owner that ran out.
 */
final class Watchdog implements Runnable {
    private static final Logger LOG = Logger.getLogger(Watchdog.class.getName());
    private static final long TICK_MILLIS = 100;

    private final QueueStore store;
    private final QueueDecisions decisions;
    private final String owner;
    private final RunnerConfig config;
    private final RunningCases running;
    private final Supplier<List<Long>> claimedItems;
    private final Committer committer;
    private final Clock clock;
    private final BooleanSupplier stopping;

    /** @param claimedItems the items the runner holds a lease on: running or waiting for a worker */
    Watchdog(QueueStore store, QueueDecisions decisions, String owner, RunnerConfig config, RunningCases running,
             Supplier<List<Long>> claimedItems, Committer committer, Clock clock, BooleanSupplier stopping) {
        this.store = store;
        this.decisions = decisions;
        this.owner = owner;
        this.config = config;
        this.running = running;
        this.claimedItems = claimedItems;
        this.committer = committer;
        this.clock = clock;
        this.stopping = stopping;
    }

    @Override
    public void run() {
        Duration renewEvery = config.lease().dividedBy(3);
        Instant nextRenew = clock.instant().plus(renewEvery);
        while (!stopping.getAsBoolean()) {
            try {
                Thread.sleep(TICK_MILLIS);
                Instant now = clock.instant();
                running.watch(now, config.cancelGrace(), fence -> committer.record(new Outcome.Cancelled(fence)));
                if (!now.isBefore(nextRenew)) {
                    nextRenew = now.plus(renewEvery);
                    renewLeases(now);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "lease renewal failed", e);
            }
        }
    }

    private void renewLeases(Instant now) {
        List<Long> ids = claimedItems.get();
        if (!ids.isEmpty()) {
            store.renew(owner, ids, now.plus(config.lease()));
        }
        store.expireLeases(now, decisions);
    }
}
