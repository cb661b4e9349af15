package org.primebatch.swing.submit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.CaseInput;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.swing.model.Requests;

/**
 * Sends a batch to {@code batch.submit}, for real or as a dry run. Cases go inline while they fit well within one
 * protocol line; more go ahead in {@code batch.upload} chunks, which the submission then names.
 */
public final class BatchRequests {
    /** Cases up to this many bytes of JSON go in the submission itself; lines may hold 1 MiB. */
    static final int INLINE_BYTES = 512 * 1024;
    /** Queueing a large batch takes a while: more than a plain request is given. */
    private static final Duration SUBMIT_TIMEOUT = Duration.ofMinutes(10);

    private final Requests requests;

    public BatchRequests(Requests requests) {
        this.requests = requests;
    }

    /** The daemon's answer: a {@code BatchPreview} for a dry run, else the queued {@code BatchView}. */
    public CompletableFuture<JsonNode> submit(BatchSpec spec, List<CaseInput> cases, boolean dryRun) {
        return CompletableFuture.supplyAsync(() -> chunks(cases), Background.EXECUTOR).thenCompose(chunks -> {
            ObjectNode params = Json.object();
            params.set("spec", Json.tree(spec));
            if (dryRun) {
                params.put("dryRun", true);
            }
            if (chunks.size() == 1) {
                params.set("cases", chunks.get(0));
                return requests.call(Protocol.BATCH_SUBMIT, params, SUBMIT_TIMEOUT);
            }
            CompletableFuture<Long> upload = CompletableFuture.completedFuture(null);
            for (ArrayNode chunk : chunks) {
                upload = upload.thenCompose(id -> {
                    ObjectNode part = Json.object();
                    if (id != null) {
                        part.put("upload", id);
                    }
                    part.set("cases", chunk);
                    return requests.call(Protocol.BATCH_UPLOAD, part, SUBMIT_TIMEOUT).thenApply(answer -> answer.get("upload").asLong());
                });
            }
            return upload.thenCompose(id -> requests.call(Protocol.BATCH_SUBMIT, params.put("upload", id), SUBMIT_TIMEOUT));
        });
    }

    /** The cases as JSON arrays of at most {@link #INLINE_BYTES} each; one array when they all fit. */
    static List<ArrayNode> chunks(List<CaseInput> cases) {
        List<ArrayNode> chunks = new ArrayList<>();
        ArrayNode chunk = Json.MAPPER.createArrayNode();
        long bytes = 0;
        for (CaseInput input : cases) {
            JsonNode node = Json.tree(input);
            long size = size(node) + 1;
            if (bytes + size > INLINE_BYTES && !chunk.isEmpty()) {
                chunks.add(chunk);
                chunk = Json.MAPPER.createArrayNode();
                bytes = 0;
            }
            chunk.add(node);
            bytes += size;
        }
        chunks.add(chunk);
        return chunks;
    }

    private static long size(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsBytes(node).length;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a case cannot be written as JSON: " + e.getMessage(), e);
        }
    }
}
