package org.primebatch.store;

import java.time.Instant;

/**
 * An operating-system process a daemon started for an engine: a host, or a process a host started (Mathcad Prime).
 * The start instant tells it apart from a later process that reuses the PID.
 */
public record EngineProcess(long pid, Instant startedAt, String engine, String role) {
    public static final String HOST = "host";
    public static final String STARTED_BY_HOST = "started-by-host";
}
