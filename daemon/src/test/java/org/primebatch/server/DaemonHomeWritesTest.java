package org.primebatch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchView;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.api.RpcException;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.client.Home;
import org.primebatch.daemon.Daemon;
import org.primebatch.daemon.DaemonOptions;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.testing.DaemonProcess;

/** A client may not have a real daemon write over its queue, configuration, socket or logs, nor into a relative path. */
class DaemonHomeWritesTest {
    private Path dir;
    private Home home;
    private Daemon daemon;
    private final List<DaemonClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        dir = Files.createTempDirectory("pbh");
        home = new Home(dir.resolve("h"));
    }

    @AfterEach
    void stop() throws IOException {
        clients.forEach(DaemonClient::close);
        if (daemon != null) {
            daemon.close();
        }
        DaemonProcess.deleteTree(dir);
    }

    private DaemonClient client() throws IOException {
        if (daemon == null) {
            daemon = Daemon.start(DaemonOptions.defaults(home));
        }
        DaemonClient client = DaemonClient.connect(Endpoint.forHome(home), "test");
        clients.add(client);
        return client;
    }

    private static ObjectNode submitRequest(String worksheet, String outDir) {
        ObjectNode spec = Json.object().put("worksheet", worksheet).put("engine", "echo").put("overwrite", "replace");
        if (outDir != null) {
            spec.put("outDir", outDir);
        }
        ArrayNode cases = Json.MAPPER.createArrayNode();
        ObjectNode inputs = Json.object();
        inputs.set("input_1", Json.object().put("value", 1).put("unit", "m"));
        cases.add(Json.object().put("name", "c1").set("inputs", inputs));
        ObjectNode request = Json.object();
        request.set("spec", spec);
        request.set("cases", cases);
        return request;
    }

    private BatchView finishedBatch(DaemonClient client) throws InterruptedException {
        BatchView view = client.call(Protocol.BATCH_SUBMIT,
                submitRequest(Corpus.simpleExample().toString(), dir.resolve("out").toString()), BatchView.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!client.call(Protocol.BATCH_GET, Json.object().put("batch", view.id()), BatchView.class).state().isFinal()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the batch did not end within the safety limit");
            }
            Thread.sleep(20);
        }
        return view;
    }

    private static RpcException refusal(Runnable call) {
        try {
            call.run();
        } catch (RpcException e) {
            return e;
        }
        throw new AssertionError("the daemon did what it should have refused");
    }

    @Test
    void resultsAreNotWrittenOverTheQueueNorAnywhereInTheHome() throws Exception {
        DaemonClient client = client();
        BatchView batch = finishedBatch(client);
        Path queue = home.queueDb();
        byte[] before = Files.readAllBytes(queue);
        Path link = Files.createSymbolicLink(dir.resolve("to-home"), home.dir());
        List<String> targets = List.of(queue.toString(), home.dir().resolve("config.properties").toString(),
                home.dir().resolve("run/../queue.db").toString(), link.resolve("queue.db").toString(),
                dir.resolve("elsewhere/../h/logs/r.csv").toString(), home.dir().resolve("queue.db-wal").toString());
        for (String target : targets) {
            RpcException e = refusal(() -> client.call(Protocol.BATCH_RESULTS,
                    Json.object().put("batch", batch.id()).put("format", "csv").put("output", target)));
            assertThat(e.code()).as(target).isEqualTo(ErrorCode.INVALID_PARAMS);
            assertThat(e.getMessage()).as(target).contains("that only the daemon writes");
        }
        RpcException zip = refusal(() -> client.call(Protocol.BATCH_RESULTS, Json.object().put("batch", batch.id())
                .put("zip", home.dir().resolve("config.properties").toString())));
        assertThat(zip.getMessage()).startsWith("zip ").contains("that only the daemon writes");
        RpcException relative = refusal(() -> client.call(Protocol.BATCH_RESULTS,
                Json.object().put("batch", batch.id()).put("output", "queue.db")));
        assertThat(relative.getMessage()).contains("absolute path").contains("queue.db");

        assertThat(Files.readAllBytes(queue)).isEqualTo(before);
        assertThat(home.dir().resolve("config.properties")).doesNotExist();
        assertThat(client.call(Protocol.BATCH_GET, Json.object().put("batch", batch.id()), BatchView.class).id()).isEqualTo(batch.id());
        // outside the home, and in the batch's own folder, results are written as before
        Path outside = dir.resolve("mine.csv");
        client.call(Protocol.BATCH_RESULTS, Json.object().put("batch", batch.id()).put("output", outside.toString()));
        assertThat(outside).isRegularFile();
        client.call(Protocol.BATCH_RESULTS, Json.object().put("batch", batch.id()));
        assertThat(dir.resolve("out/results.csv")).isRegularFile();
    }

    @Test
    void anOutputFolderInsideTheHomeIsRefusedAtSubmission() throws IOException {
        DaemonClient client = client();
        Path link = Files.createSymbolicLink(dir.resolve("to-home"), home.dir());
        for (String outDir : List.of(home.dir().resolve("run").toString(), home.dir().toString(), home.dir().resolve("logs/mine").toString(),
                link.resolve("run").toString(), link.resolve("logs/new").toString(), link.toString())) {
            for (boolean dryRun : List.of(true, false)) {
                ObjectNode request = submitRequest(Corpus.simpleExample().toString(), outDir).put("dryRun", dryRun);
                RpcException e = refusal(() -> client.call(Protocol.BATCH_SUBMIT, request));
                assertThat(e.code()).as(outDir).isEqualTo(ErrorCode.INVALID_SPEC);
                assertThat(e.getMessage()).as(outDir).startsWith("output folder ").contains("that only the daemon writes");
            }
        }
        assertThat(client.call(Protocol.BATCH_LIST, Json.object())).isEmpty();
        assertThat(home.dir().resolve("logs/mine")).doesNotExist();
        assertThat(home.dir().resolve("logs/new")).doesNotExist();
    }

    @Test
    void aWorksheetOrCaseFileInTheHomeIsRefused() throws Exception {
        DaemonClient client = client();
        Path sheet = home.dir().resolve("logs/sheet.mcdx");
        Files.copy(Corpus.simpleExample(), sheet);
        RpcException e = refusal(() -> client.call(Protocol.BATCH_SUBMIT, submitRequest(sheet.toString(), null)));
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SPEC);
        assertThat(e.getMessage()).startsWith("worksheet " + sheet).contains("that only the daemon writes");
        RpcException inspect = refusal(() -> client.call(Protocol.WORKSHEET_INSPECT, Json.object().put("worksheet", sheet.toString())));
        assertThat(inspect.getMessage()).startsWith("worksheet " + sheet).contains("that only the daemon writes");
        ObjectNode fromQueue = submitRequest(Corpus.simpleExample().toString(), dir.resolve("out").toString());
        fromQueue.remove("cases");
        fromQueue.put("caseFile", home.queueDb().toString());
        RpcException caseFile = refusal(() -> client.call(Protocol.BATCH_SUBMIT, fromQueue));
        assertThat(caseFile.getMessage()).startsWith("caseFile " + home.queueDb()).contains("that only the daemon writes");
        assertThat(client.call(Protocol.BATCH_LIST, Json.object())).isEmpty();
    }

    @Test
    void relativePathsInASpecAreRefused() throws IOException {
        DaemonClient client = client();
        RpcException out = refusal(() -> client.call(Protocol.BATCH_SUBMIT,
                submitRequest(Corpus.simpleExample().toString(), "pb-relative-out")));
        assertThat(out.code()).isEqualTo(ErrorCode.INVALID_SPEC);
        assertThat(out.getMessage()).contains("output folder must be an absolute path").contains("pb-relative-out");
        RpcException sheet = refusal(() -> client.call(Protocol.BATCH_SUBMIT,
                submitRequest("sheet.mcdx", dir.resolve("out").toString())));
        assertThat(sheet.code()).isEqualTo(ErrorCode.INVALID_SPEC);
        assertThat(sheet.getMessage()).contains("worksheet must be an absolute path").contains("sheet.mcdx");
        assertThat(client.call(Protocol.BATCH_LIST, Json.object())).isEmpty();
        assertThat(Path.of("pb-relative-out")).doesNotExist();
    }

    @Test
    void aConfigFileOthersMayWriteIsRefusedAndTheDaemonDoesNotStart() throws IOException {
        Path config = Files.createDirectories(home.dir()).resolve("config.properties");
        Files.writeString(config, "engine.echo.jvm-options = -XX:OnOutOfMemoryError=touch\n");
        for (String mode : List.of("rw-rw-r--", "rw-r--rw-")) {
            Files.setPosixFilePermissions(config, PosixFilePermissions.fromString(mode));
            assertThatThrownBy(() -> Daemon.start(DaemonOptions.defaults(home)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(config.toString())
                    .hasMessageContaining(mode)
                    .hasMessageContaining("group or others may write it");
            assertThat(home.socket()).doesNotExist();
        }
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        client();
        assertThat(daemon).isNotNull();
    }
}
