package org.primebatch.daemon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primebatch.api.BatchView;
import org.primebatch.api.Event;
import org.primebatch.report.ResultFiles;
import org.primebatch.store.AllItems;
import org.primebatch.store.QueueStore;

/**
 * Writes the summary files of each batch that finishes into its output folder, on a thread of its own so that the
 * queue does not wait for them.
 */
final class BatchOutputs implements Consumer<List<Event>>, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BatchOutputs.class.getName());

    private final QueueStore store;
    private final ResultFiles.Context context;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "primebatch-batch-outputs");
        t.setDaemon(true);
        return t;
    });

    BatchOutputs(QueueStore store, ResultFiles.Context context) {
        this.store = store;
        this.context = context;
    }

    @Override
    public void accept(List<Event> events) {
        for (Event event : events) {
            if (Event.BATCH_FINISHED.equals(event.type())) {
                writer.execute(() -> write(event.batch()));
            }
        }
    }

    private void write(long batchId) {
        Optional<BatchView> batch = store.batch(batchId);
        if (batch.isEmpty()) {
            return;
        }
        Path folder = Path.of(batch.get().spec().outDir());
        try {
            List<Path> written = ResultFiles.writeSummary(batch.get(), new AllItems(store, batchId), folder, context);
            LOG.info("batch " + batchId + " finished; wrote " + written);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot write the summary files of batch " + batchId + " into " + folder, e);
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
