package org.primebatch.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.primebatch.api.ArtifactNames;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchView;
import org.primebatch.store.QueueStore;

/** What workers need of a batch to run its cases, read once per batch. */
final class BatchContexts {
    private final QueueStore store;
    private final Duration defaultTimeout;
    private final Map<Long, BatchContext> byBatch = new ConcurrentHashMap<>();

    BatchContexts(QueueStore store, Duration defaultTimeout) {
        this.store = store;
        this.defaultTimeout = defaultTimeout;
    }

    /** @param submitted when the batch was submitted (files older than that are another's) */
    record BatchContext(BatchSpec spec, ArtifactNames names, Duration timeout, Instant submitted) {
    }

    BatchContext of(long batchId) {
        return byBatch.computeIfAbsent(batchId, id -> {
            BatchView view = store.batch(id).orElseThrow(() -> new IllegalStateException("batch " + id + " vanished"));
            BatchSpec spec = view.spec();
            Duration timeout = spec.timeoutSeconds() != null ? Duration.ofSeconds(spec.timeoutSeconds()) : defaultTimeout;
            return new BatchContext(spec, ArtifactNames.of(spec.nameTemplate()), timeout, view.created());
        });
    }

    void forget(long batchId) {
        byBatch.remove(batchId);
    }
}
