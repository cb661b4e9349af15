package org.primebatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.CaseInput;
import org.primebatch.api.DaemonStatus;
import org.primebatch.api.Event;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;

/**
 * Items through a running daemon: from sending the batch until a subscribed client holds every item's final event.
 * The daemon's home must hold no other work, since every item event received is counted.
 */
final class EndToEndBench {
    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(5);
    private static final int UPLOAD_CHUNK = 5_000;

    private EndToEndBench() {
    }

    /**
     * @param finalEvents item events that ended an item (succeeded, failed, cancelled)
     * @param succeeded   of those, how many succeeded
     * @param latencyMillis per succeeded item, receipt time minus the event's commit time
     */
    record Result(int finalEvents, int succeeded, double itemsPerSecond, long[] latencyMillis) {
    }

    static Result run(DaemonProcess daemon, BatchSpec spec, List<CaseInput> cases, Duration limit, Consumer<String> progress)
            throws IOException, InterruptedException {
        int n = cases.size();
        long[] latencies = new long[n];
        AtomicInteger finals = new AtomicInteger();
        AtomicInteger succeeded = new AtomicInteger();
        CountDownLatch allFinal = new CountDownLatch(n);
        long[] lastFinalNanos = new long[1];
        try (DaemonClient client = daemon.connect()) {
            client.addEventListener(event -> {
                long receivedMillis = System.currentTimeMillis();
                if (!event.isItemFinal()) {
                    return;
                }
                if (finals.incrementAndGet() <= n) {
                    if (Event.ITEM_SUCCEEDED.equals(event.type())) {
                        latencies[succeeded.getAndIncrement()] = receivedMillis - event.ts().toEpochMilli();
                    }
                    lastFinalNanos[0] = System.nanoTime();
                    allFinal.countDown();
                }
            });
            DaemonStatus status = client.call(Protocol.DAEMON_STATUS, null, DaemonStatus.class);
            client.call(Protocol.EVENTS_SUBSCRIBE, Json.object().put("since", status.lastEventSeq()));

            long start = System.nanoTime();
            submit(client, spec, cases);
            progress.accept("end to end: submitted " + n + " items");
            long deadline = System.nanoTime() + limit.toNanos();
            while (!allFinal.await(2, TimeUnit.SECONDS)) {
                if (!client.isOpen()) {
                    throw new IOException("the daemon closed the event connection after " + finals.get() + " of " + n + " final events");
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("only " + finals.get() + " of " + n + " final events within " + limit.toSeconds() + " s");
                }
                progress.accept("end to end: " + finals.get() + "/" + n + " final events");
            }
            // the latch orders the listener's writes before these reads
            double rate = Rates.perSecond(n, lastFinalNanos[0] - start);
            return new Result(Math.min(finals.get(), n), succeeded.get(), rate, Arrays.copyOf(latencies, succeeded.get()));
        }
    }

    /** Inline when the request fits on one protocol line, else in upload chunks queued by one submit. */
    private static void submit(DaemonClient client, BatchSpec spec, List<CaseInput> cases) {
        ObjectNode params = Json.object();
        params.set("spec", Json.tree(spec));
        ArrayNode inline = Json.MAPPER.valueToTree(cases);
        params.set("cases", inline);
        if (Json.write(params).length() < Protocol.MAX_LINE_BYTES / 2) {
            client.call(Protocol.BATCH_SUBMIT, params, CALL_TIMEOUT);
            return;
        }
        params.remove("cases");
        JsonNode upload = null;
        for (int from = 0; from < cases.size(); from += UPLOAD_CHUNK) {
            ObjectNode chunk = Json.object();
            chunk.set("cases", Json.tree(cases.subList(from, Math.min(from + UPLOAD_CHUNK, cases.size()))));
            if (upload != null) {
                chunk.set("upload", upload);
            }
            upload = client.call(Protocol.BATCH_UPLOAD, chunk, CALL_TIMEOUT).get("upload");
        }
        params.set("upload", upload);
        client.call(Protocol.BATCH_SUBMIT, params, CALL_TIMEOUT);
    }
}
