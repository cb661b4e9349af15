package org.primebatch.api;

import java.time.Instant;
import java.util.List;

/** What {@code daemon.status} answers. */
public record DaemonStatus(
        String product,
        String version,
        long pid,
        String home,
        Instant startedAt,
        String bootId,
        List<EngineInfo> engines,
        QueueTotals queue,
        long lastEventSeq) {

    /** Items across all batches by state. */
    public record QueueTotals(int batches, int pending, int running, int succeeded, int failed, int cancelled) {
    }
}
