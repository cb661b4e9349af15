package org.primebatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;

/** The time {@code batch.submit} takes to queue a large case file, which the daemon reads and checks itself. */
final class SubmitBench {
    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(5);

    private SubmitBench() {
    }

    /** Returns the seconds from sending the request to its answer; the batch is paused right after. */
    static double run(DaemonProcess daemon, BatchSpec spec, Path caseFile, int cases) throws IOException {
        writeCases(caseFile, cases);
        try (DaemonClient client = daemon.connect()) {
            ObjectNode params = Json.object();
            params.set("spec", Json.tree(spec));
            params.put("caseFile", caseFile.toAbsolutePath().toString());
            long start = System.nanoTime();
            JsonNode batch = client.call(Protocol.BATCH_SUBMIT, params, CALL_TIMEOUT);
            long nanos = System.nanoTime() - start;
            client.call(Protocol.BATCH_PAUSE, Json.object().put("batch", batch.get("id").asLong()));
            return nanos / 1e9;
        }
    }

    static void writeCases(Path file, int cases) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("case,x,y\n");
            for (int i = 1; i <= cases; i++) {
                out.write("c" + i + "," + i + "," + (i * 0.5) + "\n");
            }
        }
    }
}
