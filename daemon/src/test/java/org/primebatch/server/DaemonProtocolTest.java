package org.primebatch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.DaemonStatus;
import org.primebatch.api.EngineInfo;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Event;
import org.primebatch.api.ItemView;
import org.primebatch.api.CheckedValue;
import org.primebatch.api.IoValue;
import org.primebatch.api.Json;
import org.primebatch.api.WorksheetCheck;
import org.primebatch.api.WorksheetInfo;
import org.primebatch.api.Protocol;
import org.primebatch.api.RpcException;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.client.EventFeed;
import org.primebatch.client.Home;
import org.primebatch.daemon.Daemon;
import org.primebatch.daemon.DaemonOptions;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.mcdx.testing.Examples;

/** Every protocol method of a real daemon, over its real Unix socket. */
class DaemonProtocolTest {
    private Path dir;
    private Home home;
    private Daemon daemon;
    private final List<DaemonClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        dir = Files.createTempDirectory("pbp");
        home = new Home(dir.resolve("h"));
        daemon = Daemon.start(DaemonOptions.defaults(home));
    }

    @AfterEach
    void stop() throws IOException {
        clients.forEach(DaemonClient::close);
        if (daemon != null) {
            daemon.close();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private DaemonClient client() throws IOException {
        DaemonClient client = DaemonClient.connect(Endpoint.forHome(home), "test");
        clients.add(client);
        return client;
    }

    private ObjectNode spec(String... extra) {
        // the output folder is given so that nothing is written beside the corpus worksheet
        ObjectNode spec = Json.object().put("worksheet", Corpus.simpleExample().toString()).put("engine", "echo")
                .put("outDir", dir.resolve("results").toString()).put("overwrite", "replace");
        for (int i = 0; i + 1 < extra.length; i += 2) {
            spec.put(extra[i], extra[i + 1]);
        }
        return spec;
    }

    private static ArrayNode cases(int count, String delayMs) {
        ArrayNode cases = Json.MAPPER.createArrayNode();
        for (int i = 1; i <= count; i++) {
            ObjectNode inputs = Json.object();
            inputs.set("input_1", Json.object().put("value", i).put("unit", "m"));
            if (delayMs != null) {
                inputs.set("_delay_ms", Json.object().put("value", Long.parseLong(delayMs)));
            }
            cases.add(Json.object().put("name", "c" + i).set("inputs", inputs));
        }
        return cases;
    }

    private static ObjectNode submitRequest(ObjectNode spec, ArrayNode cases) {
        ObjectNode request = Json.object();
        request.set("spec", spec);
        request.set("cases", cases);
        return request;
    }

    private BatchView submit(DaemonClient client, int count, String delayMs) {
        return client.call(Protocol.BATCH_SUBMIT, submitRequest(spec(), cases(count, delayMs)), BatchView.class);
    }

    private BatchView get(DaemonClient client, long id) {
        return client.call(Protocol.BATCH_GET, Json.object().put("batch", id), BatchView.class);
    }

    private BatchView awaitFinal(DaemonClient client, long id) throws InterruptedException {
        await(() -> get(client, id).state().isFinal());
        return get(client, id);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within the safety limit");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void statusAndEngines() throws IOException {
        DaemonClient client = client();
        DaemonStatus status = client.call(Protocol.DAEMON_STATUS, Json.object(), DaemonStatus.class);
        assertThat(status.product()).isEqualTo("primebatch");
        assertThat(status.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(status.home()).isEqualTo(home.dir().toString());
        List<EngineInfo> engines = Json.MAPPER.convertValue(client.call(Protocol.ENGINE_LIST, Json.object()), new TypeReference<>() { });
        assertThat(engines).extracting(EngineInfo::name).containsExactly("native", "mathcad", "echo");
        assertThat(engines.get(0).available()).isTrue();
        assertThat(engines).allSatisfy(e -> assertThat(e.hosted()).as("%s runs in engine hosts", e.name()).isTrue());
        EngineInfo mathcad = engines.get(1);
        if (!System.getProperty("os.name").startsWith("Windows")) {
            assertThat(mathcad.available()).isFalse();
            assertThat(mathcad.reason()).contains("Windows only");
        }
    }

    @Test
    void worksheetsAreInspectedAndCheckedWithoutMathcad() throws IOException {
        DaemonClient client = client();
        String sheet = Corpus.simpleExample().toString();
        WorksheetInfo info = client.call(Protocol.WORKSHEET_INSPECT, Json.object().put("worksheet", sheet), WorksheetInfo.class);
        assertThat(info.inputs()).extracting(IoValue::alias).containsExactly("input_1", "input_2");
        assertThat(info.outputs()).singleElement().extracting(IoValue::alias).isEqualTo("output");

        WorksheetCheck check = client.call(Protocol.WORKSHEET_CHECK, Json.object().put("worksheet", sheet), WorksheetCheck.class);
        assertThat(check.runsNatively()).isTrue();
        assertThat(check.matched()).isEqualTo(1);
        assertThat(check.values()).singleElement().satisfies(v -> {
            assertThat(v.region()).isEqualTo(6);
            assertThat(v.status()).isEqualTo(CheckedValue.MATCHED);
        });

        assertThatThrownBy(() -> client.call(Protocol.WORKSHEET_CHECK, Json.object().put("worksheet", "/no/such.mcdx")))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> client.call(Protocol.WORKSHEET_CHECK, Json.object().put("worksheet", "relative.mcdx")))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMS));
        Path garbage = Files.writeString(dir.resolve("garbage.mcdx"), "not a zip");
        assertThatThrownBy(() -> client.call(Protocol.WORKSHEET_INSPECT, Json.object().put("worksheet", garbage.toString())))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMS));
    }

    @Test
    void runDirectoryIsPrivateAndTcpNeedsTheToken() throws Exception {
        assertThat(Files.getPosixFilePermissions(home.runDir())).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        daemon.close();
        daemon = Daemon.start(new DaemonOptions(home, true, 0, 2, Duration.ofDays(1), 1 << 20, false, false));
        assertThat(Files.getPosixFilePermissions(home.connectionFile())).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Endpoint tcp = Endpoint.tcpForHome(home);
        assertThat(tcp.port()).isEqualTo(daemon.tcpPort());
        try (DaemonClient client = DaemonClient.connect(tcp, "tcp-test")) {
            assertThat(client.call(Protocol.DAEMON_STATUS, Json.object()).get("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
        }
        assertThatThrownBy(() -> DaemonClient.connect(Endpoint.tcp("127.0.0.1", tcp.port(), "0".repeat(64)), "intruder"))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
    }

    @Test
    void submittedCasesRunAndTheirOutputsEqualTheirInputs() throws Exception {
        DaemonClient client = client();
        BatchView batch = submit(client, 25, null);
        assertThat(batch.counts().total()).isEqualTo(25);
        assertThat(batch.spec().engine()).isEqualTo("echo");
        BatchView done = awaitFinal(client, batch.id());
        assertThat(done.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(done.counts().succeeded()).isEqualTo(25);

        JsonNode page = client.call(Protocol.BATCH_ITEMS, Json.object().put("batch", batch.id()).put("limit", 10));
        List<ItemView> items = Json.MAPPER.convertValue(page.get("items"), new TypeReference<>() { });
        assertThat(items).extracting(ItemView::seq).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(page.get("next").asInt()).isEqualTo(10);
        ItemView third = items.get(2);
        assertThat(third.name()).isEqualTo("c3");
        assertThat(third.outputs().get("input_1").value().asDouble()).isEqualTo(3.0);
        assertThat(third.outputs().get("input_1").unit()).isEqualTo("m");

        JsonNode last = client.call(Protocol.BATCH_ITEMS, Json.object().put("batch", batch.id()).put("after", 20).put("limit", 10));
        assertThat(last.get("items")).hasSize(5);
        assertThat(last.get("next").isNull()).isTrue();

        List<BatchView> list = Json.MAPPER.convertValue(client.call(Protocol.BATCH_LIST, Json.object()), new TypeReference<>() { });
        assertThat(list).extracting(BatchView::id).containsExactly(batch.id());
    }

    @Test
    void casesComeSortedInOffsetPagesAndThePageOfACaseIsFound() throws Exception {
        DaemonClient client = client();
        ArrayNode cases = Json.MAPPER.createArrayNode();
        for (int i = 1; i <= 10; i++) {
            // input_1: 7, 4, 1, 8, 5, 2, 9, 6, 3, 0 (m)
            ObjectNode inputs = Json.object();
            inputs.set("input_1", Json.object().put("value", i * 7 % 10).put("unit", "m"));
            cases.add(Json.object().put("name", "c" + i).set("inputs", inputs));
        }
        BatchView batch = client.call(Protocol.BATCH_SUBMIT, submitRequest(spec("check", "input_1 <= 5"), cases), BatchView.class);
        assertThat(awaitFinal(client, batch.id()).counts().checkFailed()).isEqualTo(4);

        ObjectNode byOutput = Json.object().put("by", "output").put("alias", "input_1").put("descending", true);
        JsonNode first = client.call(Protocol.BATCH_ITEMS, Json.object().put("batch", batch.id()).put("limit", 4)
                .set("sort", byOutput));
        assertThat(seqs(first)).containsExactly(7, 4, 1, 8);
        assertThat(first.get("offset").asInt()).isZero();
        assertThat(first.get("next").asInt()).isEqualTo(4);
        JsonNode last = client.call(Protocol.BATCH_ITEMS, Json.object().put("batch", batch.id()).put("limit", 4)
                .put("offset", 8).set("sort", byOutput));
        assertThat(seqs(last)).containsExactly(3, 10);
        assertThat(last.get("next").isNull()).isTrue();

        JsonNode around = client.call(Protocol.BATCH_ITEMS, Json.object().put("batch", batch.id()).put("limit", 4)
                .put("around", 2).set("sort", byOutput));
        assertThat(around.get("offset").asInt()).isEqualTo(4);
        assertThat(seqs(around)).containsExactly(5, 2, 9, 6);
        ObjectNode byCheck = Json.object().put("by", "check").put("descending", true);
        JsonNode failing = client.call(Protocol.BATCH_ITEMS, Json.object().put("batch", batch.id()).put("limit", 4)
                .put("state", "succeeded").set("sort", byCheck));
        assertThat(seqs(failing)).containsExactly(1, 4, 7, 8);
        JsonNode notThere = client.call(Protocol.BATCH_ITEMS, Json.object().put("batch", batch.id()).put("state", "failed")
                .put("around", 2).set("sort", byOutput));
        assertThat(notThere.get("items")).isEmpty();
        assertThat(notThere.get("offset").isNull()).isTrue();

        for (ObjectNode bad : List.of(
                Json.object().put("batch", batch.id()).set("sort", Json.object().put("by", "colour")),
                Json.object().put("batch", batch.id()).set("sort", Json.object().put("by", "output")),
                Json.object().put("batch", batch.id()).set("sort", Json.object().put("by", "name").put("descending", "yes")),
                Json.object().put("batch", batch.id()).put("after", 3).set("sort", byOutput),
                Json.object().put("batch", batch.id()).put("offset", 3))) {
            assertThatThrownBy(() -> client.call(Protocol.BATCH_ITEMS, bad)).as("%s", bad)
                    .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMS));
        }
    }

    private static List<Integer> seqs(JsonNode page) {
        List<ItemView> items = Json.MAPPER.convertValue(page.get("items"), new TypeReference<>() { });
        return items.stream().map(ItemView::seq).toList();
    }

    @Test
    void aBatchsStoredEventsComeInPagesFromTheNewest() throws Exception {
        DaemonClient client = client();
        BatchView batch = submit(client, 3, null);
        awaitFinal(client, batch.id());
        submit(client, 1, null);

        JsonNode newest = client.call(Protocol.BATCH_EVENTS, Json.object().put("batch", batch.id()).put("limit", 4));
        List<Event> page = Json.MAPPER.convertValue(newest.get("events"), new TypeReference<>() { });
        assertThat(page).hasSize(4).allMatch(event -> event.batch() == batch.id());
        assertThat(page).extracting(Event::seq).isSorted();
        assertThat(page.get(3).type()).isEqualTo(Event.BATCH_FINISHED);
        assertThat(newest.get("next").asLong()).isEqualTo(page.get(0).seq());

        JsonNode older = client.call(Protocol.BATCH_EVENTS, Json.object().put("batch", batch.id())
                .put("before", newest.get("next").asLong()).put("limit", 1000));
        List<Event> rest = Json.MAPPER.convertValue(older.get("events"), new TypeReference<>() { });
        assertThat(rest.get(0).type()).isEqualTo(Event.BATCH_SUBMITTED);
        assertThat(rest).extracting(Event::item).filteredOn(java.util.Objects::nonNull).isNotEmpty();
        assertThat(rest.get(rest.size() - 1).seq()).isLessThan(page.get(0).seq());
        assertThat(older.get("next").isNull()).isTrue();
        assertThat(rest.size() + page.size()).as("submitted, started and succeeded for each case, finished")
                .isEqualTo(1 + 3 * 2 + 1);

        assertThatThrownBy(() -> client.call(Protocol.BATCH_EVENTS, Json.object().put("batch", 999)))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void caseFileIsReadByTheDaemonAndABadRowQueuesNothing() throws Exception {
        DaemonClient client = client();
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "case,L [m],w [kN/m]\nfirst,2,10\nsecond,3.5,20\n");
        ObjectNode request = Json.object();
        request.set("spec", spec());
        request.put("caseFile", good.toString());
        BatchView batch = client.call(Protocol.BATCH_SUBMIT, request, BatchView.class);
        assertThat(batch.counts().total()).isEqualTo(2);
        awaitFinal(client, batch.id());
        List<ItemView> items = Json.MAPPER.convertValue(
                client.call(Protocol.BATCH_ITEMS, Json.object().put("batch", batch.id())).get("items"), new TypeReference<>() { });
        assertThat(items.get(1).name()).isEqualTo("second");
        assertThat(items.get(1).outputs().get("w").unit()).isEqualTo("kN/m");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "case,L [m]\nfirst,2\nsecond,abc\nthird,4,5\n");
        request.put("caseFile", bad.toString());
        assertThatThrownBy(() -> client.call(Protocol.BATCH_SUBMIT, request))
                .isInstanceOfSatisfying(RpcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CASES);
                    assertThat(e.getMessage()).contains("row 3").contains("column L").contains("row 4");
                });
        List<BatchView> list = Json.MAPPER.convertValue(client.call(Protocol.BATCH_LIST, Json.object()), new TypeReference<>() { });
        assertThat(list).hasSize(1);
    }

    @Test
    void badSpecsAreRefusedWithTheirReason() throws IOException {
        DaemonClient client = client();
        assertThatThrownBy(() -> client.call(Protocol.BATCH_SUBMIT, submitRequest(spec("engine", "nope"), cases(1, null))))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SPEC));
        assertThatThrownBy(() -> client.call(Protocol.BATCH_SUBMIT, submitRequest(spec("engine", "auto").put("worksheet",
                Corpus.dir().resolve("ChristianCruger__mcad2py/references__3d_plots.mcdx").toString()), cases(1, null))))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ENGINE_UNAVAILABLE));
        assertThatThrownBy(() -> client.call(Protocol.BATCH_SUBMIT, submitRequest(spec("worksheet", "/no/such.mcdx"), cases(1, null))))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.getMessage()).contains("worksheet not found"));
        ObjectNode pdf = spec();
        pdf.set("exports", Json.MAPPER.createArrayNode().add("pdf"));
        assertThatThrownBy(() -> client.call(Protocol.BATCH_SUBMIT, submitRequest(pdf, cases(1, null))))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.getMessage()).contains("cannot export pdf"));
        assertThatThrownBy(() -> client.call(Protocol.BATCH_SUBMIT, submitRequest(spec("nameTemplate", "{case"), cases(1, null))))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SPEC));
        assertThatThrownBy(() -> client.call(Protocol.BATCH_SUBMIT, Json.object().put("spec", "x")))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMS));
        assertThatThrownBy(() -> client.call(Protocol.BATCH_GET, Json.object().put("batch", "seven")))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMS));
        assertThatThrownBy(() -> client.call(Protocol.BATCH_GET, Json.object().put("batch", 99)))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> client.call("batch.explode", Json.object()))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.METHOD_NOT_FOUND));
        assertThat(client.call(Protocol.BATCH_LIST, Json.object())).isEmpty();
    }

    @Test
    void aValueNotWrittenAsAValueIsRefusedWithTheAcceptedFormsAndNoJavaNames() throws Exception {
        DaemonClient client = client();
        ArrayNode bare = Json.MAPPER.createArrayNode();
        bare.add(Json.object().put("name", "bare").set("inputs", Json.object().put("input_1", 5)));
        assertThatThrownBy(() -> client.call(Protocol.BATCH_SUBMIT, submitRequest(spec(), bare)))
                .isInstanceOfSatisfying(RpcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMS);
                    assertThat(e.getMessage()).contains("case 1").contains("input 'input_1'").contains("{\"value\": 5, \"unit\": \"m\"}")
                            .doesNotContain("org.primebatch").doesNotContain("java.");
                });

        ObjectNode beam = spec("engine", "native").put("worksheet", Examples.beamWorksheet().toString());
        ArrayNode text = Json.MAPPER.createArrayNode();
        text.add(Json.object().put("name", "text").set("inputs", Json.object().set("L", Json.object().put("value", "5 m"))));
        assertThatThrownBy(() -> client.call(Protocol.BATCH_SUBMIT, submitRequest(beam, text)))
                .isInstanceOfSatisfying(RpcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CASES);
                    assertThat(e.getMessage()).contains("takes a number, not a string").contains("{\"value\": 5.0, \"unit\": \"m\"}");
                });
        assertThat(client.call(Protocol.BATCH_LIST, Json.object())).isEmpty();
    }

    @Test
    void uploadedChunksAreQueuedAllAtOnceAndDroppedWithTheirConnection() throws Exception {
        DaemonClient first = client();
        JsonNode chunk1 = first.call(Protocol.BATCH_UPLOAD, Json.object().set("cases", cases(3, null)));
        long upload = chunk1.get("upload").asLong();
        JsonNode chunk2 = first.call(Protocol.BATCH_UPLOAD, ((ObjectNode) Json.object().put("upload", upload)).set("cases", cases(4, null)));
        assertThat(chunk2.get("cases").asInt()).isEqualTo(7);
        assertThat(first.call(Protocol.BATCH_LIST, Json.object())).isEmpty();

        DaemonClient other = client();
        ObjectNode foreign = Json.object().put("upload", upload);
        foreign.set("spec", spec());
        assertThatThrownBy(() -> other.call(Protocol.BATCH_SUBMIT, foreign))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));

        BatchView batch = first.call(Protocol.BATCH_SUBMIT, foreign, BatchView.class);
        assertThat(batch.counts().total()).isEqualTo(7);

        long abandoned = first.call(Protocol.BATCH_UPLOAD, Json.object().set("cases", cases(2, null))).get("upload").asLong();
        first.close();
        DaemonClient third = client();
        ObjectNode late = Json.object().put("upload", abandoned);
        late.set("spec", spec());
        assertThatThrownBy(() -> third.call(Protocol.BATCH_SUBMIT, late)).isInstanceOf(RpcException.class);
        assertThat(third.call(Protocol.BATCH_LIST, Json.object())).hasSize(1);
    }

    @Test
    void pauseResumeCancelRetryAndDelete() throws Exception {
        DaemonClient client = client();
        BatchView slow = submit(client, 40, "200");
        long id = slow.id();
        assertThat(client.call(Protocol.BATCH_PAUSE, Json.object().put("batch", id), BatchView.class).state()).isEqualTo(BatchState.PAUSED);
        await(() -> get(client, id).counts().running() == 0);
        int doneWhilePaused = get(client, id).counts().done();
        assertThat(get(client, id).counts().pending()).isGreaterThan(0);
        client.call(Protocol.BATCH_RESUME, Json.object().put("batch", id));
        await(() -> get(client, id).counts().done() > doneWhilePaused);

        assertThatThrownBy(() -> client.call(Protocol.BATCH_DELETE, Json.object().put("batch", id)))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));

        client.call(Protocol.ITEM_CANCEL, Json.object().put("batch", id).put("item", 40));
        client.call(Protocol.BATCH_CANCEL, Json.object().put("batch", id));
        BatchView cancelled = awaitFinal(client, id);
        assertThat(cancelled.state()).isEqualTo(BatchState.CANCELLED);
        assertThat(cancelled.counts().cancelled()).isGreaterThan(0);

        int retried = client.call(Protocol.BATCH_RETRY, Json.object().put("batch", id)).get("items").asInt();
        assertThat(retried).isEqualTo(cancelled.counts().cancelled() + cancelled.counts().failed());
        BatchView finished = awaitFinal(client, id);
        assertThat(finished.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(finished.counts().succeeded()).isEqualTo(40);

        client.call(Protocol.BATCH_DELETE, Json.object().put("batch", id));
        assertThat(client.call(Protocol.BATCH_LIST, Json.object())).isEmpty();
    }

    @Test
    void failuresAreRetriedOnlyWhenARetryCanHelp() throws Exception {
        DaemonClient client = client();
        ArrayNode cases = Json.MAPPER.createArrayNode();
        cases.add(Json.object().put("name", "ok").set("inputs", Json.object().set("x", Json.object().put("value", 1))));
        cases.add(Json.object().put("name", "bad").set("inputs", Json.object().set("_fail", Json.object().put("value", "permanent"))));
        BatchView batch = client.call(Protocol.BATCH_SUBMIT, submitRequest(spec(), cases), BatchView.class);
        BatchView done = awaitFinal(client, batch.id());
        assertThat(done.state()).isEqualTo(BatchState.FAILED);
        List<ItemView> failed = Json.MAPPER.convertValue(client.call(Protocol.BATCH_ITEMS,
                Json.object().put("batch", batch.id()).put("state", "failed")).get("items"), new TypeReference<>() { });
        assertThat(failed).singleElement().satisfies(item -> {
            assertThat(item.name()).isEqualTo("bad");
            assertThat(item.attempts()).isEqualTo(1);
            assertThat(item.error()).contains("permanent");
        });
    }

    @Test
    void resultsAreWrittenWhereAsked() throws Exception {
        DaemonClient client = client();
        BatchView batch = submit(client, 3, null);
        awaitFinal(client, batch.id());
        Path csv = dir.resolve("r.csv");
        JsonNode answer = client.call(Protocol.BATCH_RESULTS, Json.object().put("batch", batch.id()).put("format", "csv").put("output", csv.toString()));
        assertThat(answer.get("path").asText()).isEqualTo(csv.toString());
        assertThat(Files.readAllLines(csv)).hasSize(4).element(1).asString().startsWith("c1,1,succeeded,1");
        assertThatThrownBy(() -> client.call(Protocol.BATCH_RESULTS, Json.object().put("batch", batch.id()).put("format", "docx")))
                .isInstanceOf(RpcException.class);
    }

    @Test
    void exportsStayInsideTheOutputFolderWhateverTheCaseIsCalled() throws Exception {
        DaemonClient client = client();
        Path out = dir.resolve("out");
        ObjectNode spec = spec("outDir", out.toString());
        spec.set("exports", Json.MAPPER.createArrayNode().add("json"));
        ArrayNode cases = Json.MAPPER.createArrayNode();
        for (String name : List.of("../../evil", "/etc/passwd", "same", "same")) {
            cases.add(Json.object().put("name", name).set("inputs", Json.object().set("x", Json.object().put("value", 1))));
        }
        BatchView batch = client.call(Protocol.BATCH_SUBMIT, submitRequest(spec, cases), BatchView.class);
        assertThat(awaitFinal(client, batch.id()).state()).isEqualTo(BatchState.SUCCEEDED);
        List<ItemView> items = Json.MAPPER.convertValue(client.call(Protocol.BATCH_ITEMS, Json.object().put("batch", batch.id())).get("items"), new TypeReference<>() { });
        List<String> artifacts = items.stream().flatMap(i -> i.artifacts().stream()).toList();
        assertThat(artifacts).hasSize(4).doesNotHaveDuplicates().allSatisfy(a -> {
            assertThat(Path.of(a).normalize().getParent()).isEqualTo(out);
            assertThat(Path.of(a)).exists();
        });
        // the summary files are written after the batch ends; once the last is in place no temporary file is left
        await(() -> Files.exists(out.resolve("manifest.json")));
        try (var files = Files.list(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".part")).count()).isZero();
        }
    }

    @Test
    void eventsResumeAfterADisconnectWithNoGapAndNoDuplicate() throws Exception {
        DaemonClient first = client();
        List<Event> seen = new CopyOnWriteArrayList<>();
        first.addEventListener(seen::add);
        first.call(Protocol.EVENTS_SUBSCRIBE, Json.object().put("since", 0));
        BatchView batch = submit(first, 30, "5");
        await(() -> seen.stream().filter(Event::isItemFinal).count() >= 5);
        first.close();
        long lastSeen = seen.get(seen.size() - 1).seq();

        awaitFinal(client(), batch.id());
        DaemonClient second = client();
        List<Event> resumed = new CopyOnWriteArrayList<>();
        second.addEventListener(resumed::add);
        JsonNode sub = second.call(Protocol.EVENTS_SUBSCRIBE, Json.object().put("since", lastSeen));
        assertThat(sub.get("gap").asBoolean()).isFalse();
        BatchView more = submit(second, 5, null);
        awaitFinal(second, more.id());
        await(() -> resumed.stream().filter(e -> e.type().equals(Event.BATCH_FINISHED) && e.batch() == more.id()).count() == 1);

        List<Long> all = new ArrayList<>();
        seen.forEach(e -> all.add(e.seq()));
        resumed.forEach(e -> all.add(e.seq()));
        assertThat(all).doesNotHaveDuplicates().isSorted();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i)).as("no gap after seq %d", all.get(i - 1)).isEqualTo(all.get(i - 1) + 1);
        }
        assertThat(all.get(0)).isEqualTo(1);
        long finals = resumed.stream().filter(Event::isItemFinal).count() + seen.stream().filter(Event::isItemFinal).count();
        assertThat(finals).isEqualTo(35);
    }

    @Test
    void twoClientsAtOnceEachFollowTheSameBatch() throws Exception {
        List<List<Event>> streams = new ArrayList<>();
        List<EventFeed> feeds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<Event> events = new CopyOnWriteArrayList<>();
            streams.add(events);
            EventFeed feed = new EventFeed(() -> {
                try {
                    return DaemonClient.connect(Endpoint.forHome(home), "feed");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, 0, List.of("item"), events::add);
            feed.start();
            feeds.add(feed);
        }
        DaemonClient submitter = client();
        BatchView batch = submit(submitter, 50, null);
        awaitFinal(submitter, batch.id());
        for (List<Event> events : streams) {
            await(() -> events.stream().filter(Event::isItemFinal).count() == 50);
            assertThat(events).allSatisfy(e -> assertThat(e.topic()).isEqualTo("item"));
        }
        assertThat(streams.get(0)).extracting(Event::seq).isEqualTo(streams.get(1).stream().map(Event::seq).toList());
        feeds.forEach(EventFeed::close);
    }

    @Test
    void shutdownStopsTheDaemonAndReturnsRunningCasesToTheQueue() throws Exception {
        DaemonClient client = client();
        BatchView batch = submit(client, 8, "600000");
        await(() -> get(client, batch.id()).counts().running() > 0);
        client.call(Protocol.DAEMON_SHUTDOWN, Json.object());
        daemon.awaitStop();
        daemon = Daemon.start(DaemonOptions.defaults(home));
        DaemonClient again = client();
        BatchView after = get(again, batch.id());
        assertThat(after.counts().succeeded()).isZero();
        assertThat(after.counts().failed()).isZero();
        List<ItemView> items = Json.MAPPER.convertValue(again.call(Protocol.BATCH_ITEMS, Json.object().put("batch", batch.id())).get("items"), new TypeReference<>() { });
        assertThat(items).allSatisfy(i -> assertThat(i.attempts()).isLessThanOrEqualTo(1));
        again.call(Protocol.BATCH_CANCEL, Json.object().put("batch", batch.id()), Duration.ofSeconds(30));
        assertThat(awaitFinal(again, batch.id()).state()).isEqualTo(BatchState.CANCELLED);
    }

    @Test
    void refusedCasesNameTheirCaseAndInputForClientsThatMarkCells() throws Exception {
        DaemonClient client = client();
        ObjectNode spec = Json.object().put("worksheet", org.primebatch.mcdx.testing.Examples.beamWorksheet().toString())
                .put("engine", "native").put("outDir", dir.resolve("beam-out").toString());
        ArrayNode cases = Json.MAPPER.createArrayNode();
        ObjectNode good = Json.object();
        good.set("L", Json.object().put("value", 6).put("unit", "m"));
        cases.add(Json.object().put("name", "fine").set("inputs", good));
        ObjectNode bad = Json.object();
        bad.set("L", Json.object().put("value", 6).put("unit", "kg"));
        bad.set("w", Json.object().put("value", "heavy"));
        cases.add(Json.object().put("name", "wrong").set("inputs", bad));
        assertThatThrownBy(() -> client.call(Protocol.BATCH_SUBMIT, submitRequest(spec, cases).put("dryRun", true)))
                .isInstanceOfSatisfying(RpcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CASES);
                    JsonNode cells = e.details().get("cells");
                    assertThat(cells).hasSize(2);
                    List<String> inputs = new ArrayList<>();
                    for (int i = 0; i < 2; i++) {
                        JsonNode cell = cells.get(i);
                        assertThat(cell.get("case").asInt()).isEqualTo(2);
                        inputs.add(cell.get("input").asText());
                        assertThat(e.details().get("problems").get(i).asText())
                                .isEqualTo("case 2 (wrong), input '" + cell.get("input").asText() + "': " + cell.get("message").asText());
                    }
                    assertThat(inputs).containsExactlyInAnyOrder("L", "w");
                });
    }
}
