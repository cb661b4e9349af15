package org.primebatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchView;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.client.Home;
import org.primebatch.daemon.Daemon;
import org.primebatch.daemon.DaemonOptions;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.testing.DaemonProcess;

/**
 * A seeded, bounded fuzz of the protocol over the real socket of a real daemon: several connections at once send
 * malformed lines, oversized lines, deeply nested JSON, invalid UTF-8, unknown methods and every method with random
 * parameters, while an echo batch runs. Every line that comes back must be a JSON-RPC result, error or notification;
 * at the end the daemon answers and the batch has run each of its cases exactly once. The seed is printed (set it
 * with {@code -Dfuzz.seed=N}); the fuzz stops after its lines or its time, whichever comes first.
 */
class ProtocolFuzzTest {
    private static final int CONNECTIONS = 4;
    private static final int LINES_PER_CONNECTION = 1500;
    private static final Duration FUZZ_LIMIT = Duration.ofSeconds(45);
    private static final int CASES = 300;
    /** Stopping the daemon would end the test, not test it; every other method is fuzzed. */
    private static final List<String> METHODS = List.of(Protocol.DAEMON_STATUS, Protocol.WORKSHEET_INSPECT,
            Protocol.WORKSHEET_CHECK, Protocol.BATCH_SUBMIT, Protocol.BATCH_UPLOAD, Protocol.BATCH_LIST, Protocol.BATCH_GET,
            Protocol.BATCH_ITEMS, Protocol.BATCH_EVENTS, Protocol.BATCH_CANCEL, Protocol.BATCH_RETRY, Protocol.BATCH_PAUSE,
            Protocol.BATCH_RESUME, Protocol.BATCH_DELETE, Protocol.BATCH_RESULTS, Protocol.ITEM_CANCEL,
            Protocol.EVENTS_SUBSCRIBE, Protocol.ENGINE_LIST, Protocol.SESSION_HELLO);
    private static final List<String> PARAMS = List.of("batch", "item", "worksheet", "spec", "cases", "caseFile", "manifest",
            "output", "zip", "format", "after", "limit", "state", "sort", "offset", "around", "since", "topics", "upload",
            "sweeps", "combine", "maxCases", "only", "dryRun", "before", "sheet", "token", "protocol");

    private Path dir;
    private Home home;
    private Daemon daemon;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong results = new AtomicLong();
    private final AtomicLong notifications = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final List<String> invalid = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        dir = Files.createTempDirectory("pbfuzz");
        home = new Home(dir.resolve("h"));
        daemon = Daemon.start(DaemonOptions.defaults(home));
    }

    @AfterEach
    void stop() {
        if (daemon != null) {
            daemon.close();
        }
        DaemonProcess.deleteTree(dir);
    }

    @Test
    void malformedAndRandomRequestsFromManyConnectionsLeaveTheDaemonAndARunningBatchIntact() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20240614L);
        long batch;
        try (DaemonClient client = DaemonClient.connect(Endpoint.forHome(home), "fuzz-batch")) {
            batch = client.call(Protocol.BATCH_SUBMIT, echoBatch(), BatchView.class).id();
        }
        long deadline = System.nanoTime() + FUZZ_LIMIT.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<?>> fuzzers = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            long connectionSeed = seed * 31 + c;
            fuzzers.add(pool.submit(() -> {
                fuzz(new Random(connectionSeed), batch, deadline);
                return null;
            }));
        }
        for (Future<?> fuzzer : fuzzers) {
            fuzzer.get(FUZZ_LIMIT.toSeconds() + 60, TimeUnit.SECONDS);
        }
        pool.shutdownNow();

        try (DaemonClient client = DaemonClient.connect(Endpoint.forHome(home), "fuzz-check")) {
            assertThat(client.call(Protocol.DAEMON_STATUS, Json.object()).path("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!client.call(Protocol.BATCH_GET, Json.object().put("batch", batch), BatchView.class).state().isFinal()) {
                assertThat(System.nanoTime()).as("the batch ends within the safety limit").isLessThan(end);
                Thread.sleep(50);
            }
            BatchView done = client.call(Protocol.BATCH_GET, Json.object().put("batch", batch), BatchView.class);
            JsonNode page = client.call(Protocol.BATCH_ITEMS, Json.object().put("batch", batch).put("limit", 1000));
            List<ItemView> items = new ArrayList<>();
            page.path("items").forEach(item -> items.add(Json.MAPPER.convertValue(item, ItemView.class)));
            long succeededEvents = 0;
            JsonNode events = client.call(Protocol.BATCH_EVENTS, Json.object().put("batch", batch).put("limit", 1000));
            for (JsonNode event : events.path("events")) {
                succeededEvents += event.path("type").asText().equals("item.succeeded") ? 1 : 0;
            }
            long intact = items.stream().filter(i -> i.state() == ItemState.SUCCEEDED && i.attempts() == 1).count();
            System.out.printf("fuzz (seed %d): %d lines sent on %d connections (%d reconnects), %d errors and %d results"
                            + " returned, %d notifications, %d lines that were not JSON-RPC; batch %s, %d of %d cases"
                            + " succeeded in one attempt, %d item.succeeded events%n", seed, sent.get(), CONNECTIONS,
                    reconnects.get(), errors.get(), results.get(), notifications.get(), invalid.size(), done.state(),
                    intact, CASES, succeededEvents);
            assertThat(invalid).as("lines back that are neither a result, an error nor a notification").isEmpty();
            assertThat(sent.get()).as("lines sent").isGreaterThanOrEqualTo(1000);
            assertThat(errors.get()).as("errors returned").isGreaterThan(sent.get() / 4);
            assertThat(done.counts().succeeded()).isEqualTo(CASES);
            assertThat(items).hasSize(CASES);
            assertThat(intact).as("cases run exactly once").isEqualTo(CASES);
            assertThat(succeededEvents).as("one item.succeeded per case").isEqualTo(CASES);
        }
    }

    private ObjectNode echoBatch() {
        ObjectNode spec = Json.object().put("worksheet", Corpus.simpleExample().toString()).put("engine", "echo")
                .put("outDir", dir.resolve("results").toString()).put("overwrite", "replace").put("retries", 0);
        ArrayNode cases = Json.MAPPER.createArrayNode();
        for (int i = 1; i <= CASES; i++) {
            ObjectNode inputs = Json.object();
            inputs.set("input_1", Json.object().put("value", i).put("unit", "m"));
            inputs.set("_delay_ms", Json.object().put("value", 20));
            cases.add(Json.object().put("name", "c" + i).set("inputs", inputs));
        }
        ObjectNode request = Json.object();
        request.set("spec", spec);
        request.set("cases", cases);
        return request;
    }

    /** One connection's fuzz: a line, then a status request whose answer says every answer before it has come. */
    private void fuzz(Random random, long protectedBatch, long deadline) throws Exception {
        RawClient client = connect();
        for (int n = 0; n < LINES_PER_CONNECTION && System.nanoTime() < deadline; n++) {
            byte[] line = line(random, protectedBatch);
            String sentinel = "s" + n;
            boolean open;
            try {
                client.sendBytes(line);
                client.send("{\"jsonrpc\":\"2.0\",\"id\":\"" + sentinel + "\",\"method\":\"daemon.status\"}");
                sent.incrementAndGet();
                open = readUntil(client, sentinel);
            } catch (IOException e) {
                sent.incrementAndGet();
                open = false;
            }
            if (!open) {
                client.close();
                client = connect();
                reconnects.incrementAndGet();
            }
        }
        client.close();
    }

    private RawClient connect() throws Exception {
        return RawClient.unix(home.socket()).handshake(null);
    }

    /** Reads and checks every line until the sentinel's answer (true) or the end of the connection (false). */
    private boolean readUntil(RawClient client, String sentinel) throws Exception {
        while (true) {
            String line = client.nextLineOrEof();
            if (line == null) {
                return false;
            }
            JsonNode message;
            try {
                message = Json.parse(line);
            } catch (IOException e) {
                invalid.add(line.length() > 200 ? line.substring(0, 200) : line);
                continue;
            }
            if (sentinel.equals(message.path("id").asText(null)) && message.has("result")) {
                return true;
            }
            classify(message, line);
        }
    }

    private void classify(JsonNode message, String line) {
        boolean rpc = message.isObject() && "2.0".equals(message.path("jsonrpc").asText());
        if (rpc && message.has("id") && message.has("result") != message.has("error")) {
            if (message.has("result")) {
                results.incrementAndGet();
                return;
            }
            JsonNode error = message.get("error");
            if (error.path("code").isInt() && error.path("message").isTextual() && error.path("data").path("reason").isTextual()) {
                errors.incrementAndGet();
                return;
            }
        } else if (rpc && !message.has("id") && message.path("method").isTextual()) {
            notifications.incrementAndGet();
            return;
        }
        invalid.add(line.length() > 200 ? line.substring(0, 200) : line);
    }

    /** One fuzz line, with its newline. */
    private byte[] line(Random random, long protectedBatch) {
        int kind = random.nextInt(100);
        String text;
        if (kind < 12) {
            text = garbage(random);
        } else if (kind < 14) {
            text = "\"" + "x".repeat(Protocol.MAX_LINE_BYTES + 1 + random.nextInt(1000)) + "\"";
        } else if (kind < 20) {
            int depth = 500 + random.nextInt(50_000);
            text = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                    : "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"batch.get\",\"params\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}";
        } else if (kind < 26) {
            byte[] bytes = new byte[1 + random.nextInt(200)];
            random.nextBytes(bytes);
            byte[] line = new byte[bytes.length + 1];
            for (int i = 0; i < bytes.length; i++) {
                line[i] = bytes[i] == '\n' ? (byte) 0xC3 : bytes[i];
            }
            line[bytes.length] = '\n';
            return line;
        } else if (kind < 34) {
            ObjectNode request = envelope(random);
            request.put("method", random.nextBoolean() ? randomString(random) : "batch." + randomString(random));
            request.set("params", value(random, 0, protectedBatch));
            text = request.toString();
        } else {
            ObjectNode request = envelope(random);
            String method = METHODS.get(random.nextInt(METHODS.size()));
            request.put("method", method);
            ObjectNode params = Json.object();
            int count = random.nextInt(5);
            for (int i = 0; i < count; i++) {
                params.set(PARAMS.get(random.nextInt(PARAMS.size())), value(random, 0, protectedBatch));
            }
            // the batch that must run to its end is never named: every other id is fair game
            if (params.path("batch").asLong(-1) == protectedBatch) {
                params.put("batch", protectedBatch + 1 + random.nextInt(5));
            }
            request.set("params", random.nextInt(20) == 0 ? value(random, 0, protectedBatch) : params);
            text = request.toString();
        }
        return (text.replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode envelope(Random random) {
        ObjectNode request = Json.object();
        if (random.nextInt(10) > 0) {
            request.put("jsonrpc", "2.0");
        }
        switch (random.nextInt(5)) {
            case 0 -> request.put("id", randomString(random));
            case 1 -> request.putArray("id");
            default -> request.put("id", random.nextInt(1_000_000));
        }
        return request;
    }

    /** A value of any JSON type: numbers at their limits, strings (paths only below the test's folder), nesting. */
    private JsonNode value(Random random, int depth, long protectedBatch) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (random.nextInt(depth > 3 ? 7 : 10)) {
            case 0 -> json.nullNode();
            case 1 -> json.booleanNode(random.nextBoolean());
            case 2 -> {
                long[] edges = {0, 1, -1, 2, 7, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
                long number = random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextLong();
                yield json.numberNode(number == protectedBatch ? number + 100 : number);
            }
            case 3 -> json.numberNode(random.nextBoolean() ? random.nextDouble() * 1e308 : Double.NaN);
            case 4 -> json.textNode(randomString(random));
            case 5 -> json.textNode(path(random));
            case 6 -> json.textNode(List.of("csv", "xlsx", "json", "pending", "failed", "product", "zip", "item", "batch:1")
                    .get(random.nextInt(9)));
            case 7, 8 -> {
                ObjectNode object = json.objectNode();
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    String key = random.nextBoolean() ? PARAMS.get(random.nextInt(PARAMS.size()))
                            : List.of("worksheet", "engine", "outDir", "name", "inputs", "value", "unit", "by", "alias").get(random.nextInt(9));
                    object.set(key, value(random, depth + 1, protectedBatch));
                }
                yield object;
            }
            default -> {
                ArrayNode array = json.arrayNode();
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    array.add(value(random, depth + 1, protectedBatch));
                }
                yield array;
            }
        };
    }

    /** Paths the daemon may be asked to read or write: in the test's folder, its home among them, or relative. */
    private String path(Random random) {
        List<String> paths = List.of(dir.resolve("fuzz.csv").toString(), dir.resolve("results").toString(),
                dir.resolve("missing/deep/x.mcdx").toString(), home.queueDb().toString(), home.dir().resolve("config.properties").toString(),
                home.dir().resolve("run").toString(), home.dir().resolve("results/x.zip").toString(), "relative/x.csv",
                "../../x", Corpus.simpleExample().toString(), dir.resolve("out-" + random.nextInt(3)).toString());
        return paths.get(random.nextInt(paths.size()));
    }

    private static String garbage(Random random) {
        String[] shapes = {"{", "}", "[", "]", "\"", ":", ",", "nul", "tru", "1e9999", "-", "{\"jsonrpc\":", "\\u12", " ", "\t"};
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(30);
        for (int i = 0; i < parts; i++) {
            text.append(random.nextInt(3) == 0 ? randomString(random) : shapes[random.nextInt(shapes.length)]);
        }
        return text.toString();
    }

    private static String randomString(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(24);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            text.appendCodePoint(kind < 6 ? 'a' + random.nextInt(26) : kind < 8 ? 0x20 + random.nextInt(0x5f)
                    : kind < 9 ? 0xA0 + random.nextInt(0x2000) : 0x1F600 + random.nextInt(0x40));
        }
        return text.toString();
    }
}
