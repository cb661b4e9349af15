package org.primebatch.engine.host;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.primebatch.engine.Engine.Availability;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineUnavailableException;

/**
 * The hosts of one engine: idle ones kept for the next session, new ones started on demand, dead ones counted. When
 * hosts die {@code deathLimit} times within {@code deathWindow}, the engine is held back for {@code holdBack}: its
 * cases wait in the queue rather than fail, and an event says so.
 */
final class HostPool {
    private static final Logger LOG = Logger.getLogger(HostPool.class.getName());

    private final String engine;
    private final Supplier<HostSettings> settings;
    private final ProcessLedger ledger;
    private final HostedEngine.Events listener;
    private final Clock clock;
    private final Deque<HostProcess> idle = new ArrayDeque<>();
    private final Set<HostProcess> all = new HashSet<>();
    private final Deque<Instant> deaths = new ArrayDeque<>();
    private Instant heldBackUntil;
    private String heldBackReason;
    private long restarts;
    private long recycled;
    private boolean closed;

    HostPool(String engine, Supplier<HostSettings> settings, ProcessLedger ledger, HostedEngine.Events listener, Clock clock) {
        this.engine = engine;
        this.settings = settings;
        this.ledger = ledger;
        this.listener = listener;
        this.clock = clock;
    }

    HostSettings settings() {
        return settings.get();
    }

    /** An idle host, or a new one; fails without running anything when the engine is held back or a host cannot start. */
    HostProcess acquire() throws EngineException {
        synchronized (this) {
            if (closed) {
                throw new EngineUnavailableException("the daemon is stopping", null);
            }
            Availability availability = availability();
            if (!availability.available()) {
                throw new EngineUnavailableException(availability.reason(), null);
            }
            while (!idle.isEmpty()) {
                HostProcess host = idle.pop();
                if (host.alive()) {
                    return host;
                }
                all.remove(host);
                host.kill();
                died("an idle host ended");
            }
        }
        try {
            HostProcess host = HostProcess.start(engine, settings.get(), ledger);
            synchronized (this) {
                all.add(host);
            }
            LOG.info("started " + host);
            return host;
        } catch (HostFailure e) {
            String reason = "the " + engine + " engine host " + e.getMessage();
            LOG.warning(reason);
            synchronized (this) {
                died(reason);
            }
            throw new EngineUnavailableException(reason, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw EngineException.transientFailure("interrupted while the " + engine + " engine host started");
        }
    }

    /** Takes a host back for the next session. */
    synchronized void release(HostProcess host) {
        if (!closed && host.alive()) {
            idle.push(host);
        } else {
            all.remove(host);
            host.kill();
        }
    }

    /** Kills a host that failed; {@code died} counts it towards holding the engine back. */
    void discard(HostProcess host, boolean died, String reason) {
        host.kill();
        synchronized (this) {
            all.remove(host);
            restarts++;
            if (died) {
                died(reason);
            }
        }
    }

    /** Replaces a host that ran its share of cases; the old one finishes politely. */
    void retire(HostProcess host) {
        synchronized (this) {
            all.remove(host);
            recycled++;
        }
        host.stop(Duration.ofSeconds(10));
    }

    private void died(String reason) {
        Instant now = clock.instant();
        HostSettings s = settings.get();
        deaths.addLast(now);
        while (!deaths.isEmpty() && deaths.peekFirst().isBefore(now.minus(s.deathWindow()))) {
            deaths.removeFirst();
        }
        if (deaths.size() >= s.deathLimit() && heldBackUntil == null) {
            heldBackUntil = now.plus(s.holdBack());
            heldBackReason = "its hosts failed " + deaths.size() + " times within " + s.deathWindow().toSeconds()
                    + " s (last: " + reason + "); cases wait until " + heldBackUntil;
            deaths.clear();
            LOG.warning("engine " + engine + " held back: " + heldBackReason);
            listener.heldBack(engine, heldBackReason, heldBackUntil);
        }
    }

    synchronized Availability availability() {
        if (heldBackUntil != null) {
            if (clock.instant().isBefore(heldBackUntil)) {
                return Availability.heldBack(heldBackReason);
            }
            heldBackUntil = null;
            heldBackReason = null;
            LOG.info("engine " + engine + " is back after being held back");
            listener.back(engine);
        }
        return Availability.YES;
    }

    synchronized int alive() {
        return (int) all.stream().filter(HostProcess::alive).count();
    }

    synchronized long restarts() {
        return restarts;
    }

    synchronized long recycled() {
        return recycled;
    }

    synchronized List<Long> pids() {
        return all.stream().map(HostProcess::pid).toList();
    }

    /** Stops every host; hosts still running a case are killed. */
    void close() {
        List<HostProcess> hosts;
        synchronized (this) {
            closed = true;
            hosts = new ArrayList<>(all);
            all.clear();
            idle.clear();
        }
        for (HostProcess host : hosts) {
            host.stop(Duration.ofSeconds(5));
        }
    }
}
