package org.primebatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.cli.Main;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.client.Home;
import org.primebatch.daemon.Daemon;
import org.primebatch.daemon.DaemonOptions;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.testing.DaemonProcess;

/** Attacks on a real daemon, over its real Unix socket, while a batch runs: a flood of idle connections, deep XML. */
class DaemonFloodTest {
    private static final int FLOOD = 600;

    private Path dir;
    private Home home;
    private Daemon daemon;
    private final List<DaemonClient> clients = new ArrayList<>();
    private final List<RawClient> raw = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        dir = Files.createTempDirectory("pbflood");
        home = new Home(dir.resolve("h"));
        daemon = Daemon.start(DaemonOptions.defaults(home));
    }

    @AfterEach
    void stop() throws IOException {
        for (RawClient client : raw) {
            client.close();
        }
        clients.forEach(DaemonClient::close);
        if (daemon != null) {
            daemon.close();
        }
        DaemonProcess.deleteTree(dir);
    }

    private DaemonClient client() throws IOException {
        DaemonClient client = DaemonClient.connect(Endpoint.forHome(home), "test");
        clients.add(client);
        return client;
    }

    private BatchView submitSlowBatch(DaemonClient client, int count) {
        ObjectNode spec = Json.object().put("worksheet", Corpus.simpleExample().toString()).put("engine", "echo")
                .put("outDir", dir.resolve("results").toString()).put("overwrite", "replace");
        ArrayNode cases = Json.MAPPER.createArrayNode();
        for (int i = 1; i <= count; i++) {
            ObjectNode inputs = Json.object();
            inputs.set("input_1", Json.object().put("value", i).put("unit", "m"));
            inputs.set("_delay_ms", Json.object().put("value", 50));
            cases.add(Json.object().put("name", "c" + i).set("inputs", inputs));
        }
        ObjectNode request = Json.object();
        request.set("spec", spec);
        request.set("cases", cases);
        return client.call(Protocol.BATCH_SUBMIT, request, BatchView.class);
    }

    private static BatchView get(DaemonClient client, long id) {
        return client.call(Protocol.BATCH_GET, Json.object().put("batch", id), BatchView.class);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within the safety limit").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void farMoreIdleConnectionsThanTheCapAreRefusedWhileABatchRunsToTheEnd() throws Exception {
        DaemonClient client = client();
        BatchView batch = submitSlowBatch(client, 40);

        int welcomed = 0;
        int refused = 0;
        for (int i = 0; i < FLOOD; i++) {
            RawClient idle = RawClient.unix(home.socket());
            raw.add(idle);
            JsonNode first = idle.next();
            if ("session.welcome".equals(first.path("method").asText())) {
                welcomed++;
            } else {
                assertThat(first.path("error").path("data").path("reason").asText()).as(first.toString())
                        .isEqualTo(ErrorCode.TOO_MANY_CONNECTIONS.reason());
                assertThat(first.path("error").path("message").asText()).contains("at most");
                idle.assertClosedByServer();
                refused++;
            }
        }
        BatchView during = get(client, batch.id());
        await(() -> get(client, batch.id()).state().isFinal());
        BatchView done = get(client, batch.id());
        System.out.printf("flood: %d connections opened, %d welcomed, %d refused; batch %s with %d of %d cases succeeded"
                        + " (%s while the flood ended)%n", FLOOD, welcomed, refused, done.state(),
                done.counts().succeeded(), done.counts().total(), during.state());

        assertThat(refused).as("connections refused").isGreaterThan(0);
        assertThat(welcomed + 1).as("connections held, the batch's client included")
                .isLessThanOrEqualTo(ServerConfig.DEFAULT_MAX_PER_CALLER);
        assertThat(done.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(done.counts().succeeded()).isEqualTo(40);

        for (RawClient idle : raw) {
            idle.close();
        }
        raw.clear();
        RawClient after = RawClient.unix(home.socket());
        raw.add(after);
        after.handshake(null);
        assertThat(after.request(1, Protocol.DAEMON_STATUS, null).has("result")).isTrue();
    }

    /** A worksheet whose region 12 defines x as -(-(…-(1)…)), stored so that it passes the zip bomb check. */
    private Path deepWorksheet(int levels) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><worksheet xmlns=\"http://schemas.mathsoft.com/worksheet50\""
                + " xmlns:ml=\"http://schemas.mathsoft.com/math50\"><regions>"
                + "<region region-id=\"12\" top=\"0\" left=\"0\"><math><ml:define><ml:id xml:space=\"preserve\">x</ml:id>"
                + "<ml:apply><ml:neg/>".repeat(levels) + "<ml:real>1</ml:real>" + "</ml:apply>".repeat(levels)
                + "</ml:define></math></region></regions></worksheet>";
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("deep.mcdx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry entry = new ZipEntry("mathcad/worksheet.xml");
            entry.setMethod(ZipEntry.STORED);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void aDeeplyNestedWorksheetIsAnsweredWithAnErrorWhileABatchRunsToTheEnd() throws Exception {
        DaemonClient client = client();
        BatchView batch = submitSlowBatch(client, 20);
        RawClient raw = RawClient.unix(home.socket());
        this.raw.add(raw);
        raw.handshake(null);

        for (int levels : new int[] {900, 50_000}) {
            String worksheet = Json.MAPPER.writeValueAsString(deepWorksheet(levels).toString());
            for (String method : new String[] {Protocol.WORKSHEET_INSPECT, Protocol.WORKSHEET_CHECK}) {
                JsonNode answer = raw.request(1, method, "{\"worksheet\":" + worksheet + "}");
                assertThat(answer.path("error").path("data").path("reason").asText()).as(answer.toString())
                        .isEqualTo(ErrorCode.INVALID_PARAMS.reason());
                assertThat(answer.path("error").path("message").asText())
                        .contains(levels == 900 ? "region 12 nests deeper than 200 levels" : "nests deeper than 1000 levels");
            }
            JsonNode submit = raw.request(2, Protocol.BATCH_SUBMIT, "{\"spec\":{\"worksheet\":" + worksheet
                    + ",\"engine\":\"auto\"},\"cases\":[{\"name\":\"a\",\"inputs\":{}}]}");
            assertThat(submit.has("error")).as(submit.toString()).isTrue();
            assertThat(submit.path("error").path("message").asText()).contains("nests deeper than");

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "inspect",
                    deepWorksheet(levels).toString());
            assertThat(code).as(err.toString()).isEqualTo(Main.BAD_INPUT);
            assertThat(err.toString()).contains("nests deeper than");
        }

        assertThat(raw.request(3, Protocol.DAEMON_STATUS, null).has("result")).isTrue();
        await(() -> get(client, batch.id()).state().isFinal());
        BatchView done = get(client, batch.id());
        assertThat(done.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(done.counts().succeeded()).isEqualTo(20);
    }
}
