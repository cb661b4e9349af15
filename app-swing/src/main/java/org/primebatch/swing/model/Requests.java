package org.primebatch.swing.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.primebatch.api.Json;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.DaemonUnavailableException;

/**
 * Requests to the daemon from the user interface. Each runs on a background thread over the connection the
 * {@link DaemonConnection} currently holds; the answer comes as a future that fails with
 * {@link DaemonUnavailableException} when no daemon is connected. Handle it on the event dispatch thread with
 * {@link Edt#onAnswer}.
 */
public final class Requests implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Supplier<DaemonClient> current;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "pb-request-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public Requests(Supplier<DaemonClient> current) {
        this.current = current;
    }

    /** Calls {@code method} with {@code params} (a record, map, JsonNode or null) and converts the answer. */
    public <T> CompletableFuture<T> call(String method, Object params, Class<T> type) {
        return CompletableFuture.supplyAsync(() -> client().call(method, params, type), pool);
    }

    /** Calls {@code method}, waiting for the answer at most {@code timeout} (for requests that take long). */
    public CompletableFuture<JsonNode> call(String method, Object params, Duration timeout) {
        return CompletableFuture.supplyAsync(
                () -> client().call(method, params == null ? null : Json.tree(params), timeout), pool);
    }

    private DaemonClient client() {
        DaemonClient client = current.get();
        if (client == null || !client.isOpen()) {
            throw new DaemonUnavailableException("not connected to the daemon");
        }
        return client;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
