package org.primebatch.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.Event;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import org.primebatch.engine.echo.EchoEngine;
import org.primebatch.engine.host.HostMain;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.testing.DaemonHomeTest;
import org.primebatch.testing.DaemonProcess;

/**
 * Engine hosts under a real daemon process, with real faults: a host that hangs, one killed with SIGKILL, hosts that
 * die at every start, a daemon killed while its host is frozen, and a cancel the host cannot hear.
 */
class EngineHostSupervisionTest extends DaemonHomeTest {
    private static final Duration SAFETY = Duration.ofSeconds(90);


    @Test
    void aHungHostIsKilledByTheCallTimeoutAndTheCaseRetried() throws Exception {
        DaemonProcess daemon = startDaemon("--slots", "1");
        Path marker = scratch.resolve("hang-marker");
        ObjectNode request = submitRequest(3, Map.of(2, Map.of(EchoEngine.HANG_ONCE_INPUT, marker.toString())));
        request.with("spec").putObject("callTimeouts").put("calculate", 2);
        long batch = submit(daemon, request);

        BatchView done = daemon.awaitFinal(batch, SAFETY);
        assertThat(done.state()).isEqualTo(BatchState.SUCCEEDED);
        ItemView hung = daemon.items(batch).get(1);
        assertThat(hung.attempts()).isEqualTo(2);
        assertThat(marker).exists();
        assertThat(retryErrors(daemon, batch)).singleElement().asString()
                .contains("calculate did not finish within 2 s").contains("it was replaced");
        assertThat(engine(daemon, "echo").path("restarts").asLong()).isEqualTo(1);
    }

    @Test
    void aHungHostIsKilledWithTheProcessItStarted() throws Exception {
        DaemonProcess daemon = startDaemon("--slots", "1");
        Path marker = scratch.resolve("hang-marker");
        ObjectNode request = submitRequest(1, Map.of(1, Map.of(EchoEngine.CHILD_INPUT, "yes", EchoEngine.HANG_ONCE_INPUT, marker.toString())));
        request.with("spec").putObject("callTimeouts").put("calculate", 2);
        long batch = submit(daemon, request);
        DaemonProcess.await("the case to hang", SAFETY, () -> Files.exists(marker));
        ProcessHandle host = awaitHost(daemon);
        ProcessHandle child = awaitChild(host);

        BatchView done = daemon.awaitFinal(batch, SAFETY);
        assertThat(done.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(host.isAlive()).isFalse();
        assertThat(child.isAlive()).as("the process the hung host started is killed with it").isFalse();
        assertThat(Files.readString(home.resolve("logs/daemon.log")))
                .contains("killed process " + child.pid() + " started by the echo host " + host.pid());
    }

    @Test
    void aHostKilledMidCaseIsReplacedAndTheCaseRetried() throws Exception {
        DaemonProcess daemon = startDaemon("--slots", "1");
        Path marker = scratch.resolve("calculating");
        long batch = submit(daemon, submitRequest(2, Map.of(1, Map.of(EchoEngine.HANG_ONCE_INPUT, marker.toString()))));
        DaemonProcess.await("the first case to calculate", SAFETY, () -> Files.exists(marker));
        ProcessHandle host = awaitHost(daemon);
        host.destroyForcibly();

        BatchView done = daemon.awaitFinal(batch, SAFETY);
        assertThat(done.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(daemon.items(batch).get(0).attempts()).isEqualTo(2);
        assertThat(retryErrors(daemon, batch)).singleElement().asString().contains("host " + host.pid()).contains("ended");
        assertThat(DaemonProcess.answers(daemon.home())).isTrue();
    }

    @Test
    void hostsThatDieAtEveryStartHoldTheEngineBackAndCasesWaitUntilItIsFixed() throws Exception {
        Path config = home.resolve("config.properties");
        Files.writeString(config, "engine.echo.jvm-options = -XX:+NoSuchOptionForPrimebatch\nengine.echo.hold-back-seconds = 2\n");
        DaemonProcess daemon = startDaemon("--slots", "1");
        long batch = submit(daemon, submitRequest(3, Map.of()));

        DaemonProcess.await("the echo engine to be held back", SAFETY, () -> !engine(daemon, "echo").path("available").asBoolean());
        JsonNode echo = engine(daemon, "echo");
        assertThat(echo.path("reason").asText()).contains("failed 3 times").contains("NoSuchOptionForPrimebatch");
        assertThat(events(daemon, Event.ENGINE_UNAVAILABLE)).isNotEmpty();
        assertThat(daemon.isAlive()).isTrue();
        assertThat(daemon.items(batch)).allSatisfy(item -> {
            assertThat(item.state()).isIn(ItemState.PENDING, ItemState.RUNNING);
            assertThat(item.attempts()).as("a case whose host never started keeps its attempts").isLessThanOrEqualTo(1);
        });

        Files.writeString(config, "engine.echo.hold-back-seconds = 2\n");
        BatchView done = daemon.awaitFinal(batch, SAFETY);
        assertThat(done.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(daemon.items(batch)).allSatisfy(item -> assertThat(item.attempts()).isEqualTo(1));
        assertThat(events(daemon, Event.ENGINE_AVAILABLE)).isNotEmpty();
    }

    @Test
    void aDaemonStartingAfterACrashKillsTheHostsTheLastOneLeft() throws Exception {
        DaemonProcess first = startDaemon("--slots", "1");
        Path marker = scratch.resolve("hang-marker");
        long batch = submit(first, submitRequest(1, Map.of(1, Map.of(EchoEngine.CHILD_INPUT, "yes", EchoEngine.HANG_ONCE_INPUT, marker.toString()))));
        DaemonProcess.await("the case to hang", SAFETY, () -> Files.exists(marker));
        ProcessHandle host = awaitHost(first);
        ProcessHandle child = awaitChild(host);
        signal("STOP", host.pid());
        first.kill();
        assertThat(host.isAlive()).as("a frozen host outlives its daemon").isTrue();
        assertThat(child.isAlive()).isTrue();

        DaemonProcess second = startDaemon("--slots", "1");
        DaemonProcess.await("the orphaned host and its child to be killed", SAFETY, () -> !host.isAlive() && !child.isAlive());
        assertThat(Files.readString(home.resolve("logs/daemon.log")))
                .contains("killed host process " + host.pid() + " of the echo engine, left by an earlier daemon")
                .contains("killed started-by-host process " + child.pid() + " of the echo engine, left by an earlier daemon");
        BatchView done = second.awaitFinal(batch, SAFETY);
        assertThat(done.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(second.items(batch).get(0).attempts()).isEqualTo(2);
    }

    @Test
    void aRunningCaseIsCancelledEvenWhenItsHostDoesNotAnswer() throws Exception {
        DaemonProcess daemon = startDaemon("--slots", "1");
        Path marker = scratch.resolve("calculating");
        long batch = submit(daemon, submitRequest(1, Map.of(1, Map.of(EchoEngine.HANG_ONCE_INPUT, marker.toString()))));
        DaemonProcess.await("the case to calculate", SAFETY, () -> Files.exists(marker));
        ProcessHandle host = awaitHost(daemon);
        try (DaemonClient client = daemon.client()) {
            client.call(Protocol.BATCH_CANCEL, Json.object().put("batch", batch));
        }
        BatchView done = daemon.awaitFinal(batch, SAFETY);
        assertThat(done.state()).isEqualTo(BatchState.CANCELLED);
        assertThat(daemon.items(batch).get(0).state()).isEqualTo(ItemState.CANCELLED);
        DaemonProcess.await("the busy host to be stopped", SAFETY, () -> !host.isAlive());
        JsonNode echo = engine(daemon, "echo");
        assertThat(echo.path("hosted").asBoolean()).isTrue();
        assertThat(echo.path("restarts").asLong()).isEqualTo(1);
    }


    private static ProcessHandle awaitHost(DaemonProcess daemon) throws InterruptedException {
        List<ProcessHandle> hosts = new ArrayList<>();
        DaemonProcess.await("an engine host", SAFETY, () -> {
            hosts.clear();
            ProcessHandle.of(daemon.pid()).orElseThrow().children()
                    .filter(p -> commandLine(p).contains(HostMain.class.getName()))
                    .forEach(hosts::add);
            return hosts.size() == 1;
        });
        return hosts.get(0);
    }

    /**
     * The process's whole command line: {@code ProcessHandle.Info} gives at most a page of it on Linux, and a test
     * class path is longer than that.
     */
    private static String commandLine(ProcessHandle process) {
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            return Files.exists(cmdline) ? Files.readString(cmdline).replace('\0', ' ') : process.info().commandLine().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static ProcessHandle awaitChild(ProcessHandle host) throws InterruptedException {
        List<ProcessHandle> children = new ArrayList<>();
        DaemonProcess.await("the host's child process", SAFETY, () -> {
            children.clear();
            host.children().forEach(children::add);
            return children.size() == 1;
        });
        return children.get(0);
    }

    private static void signal(String signal, long pid) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor()).isZero();
    }

    /** Echo cases with {@code x = seq}; {@code extra} adds inputs to the cases it names by seq. */
    private ObjectNode submitRequest(int cases, Map<Integer, Map<String, Object>> extra) {
        ObjectNode spec = Json.object().put("worksheet", Corpus.simpleExample().toString())
                .put("outDir", scratch.resolve("results").toString()).put("overwrite", "replace").put("engine", "echo").put("retries", 2);
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (int i = 1; i <= cases; i++) {
            ObjectNode inputs = Json.object();
            inputs.set("x", Json.object().put("value", i));
            extra.getOrDefault(i, Map.of()).forEach((alias, value) -> inputs.set(alias, Json.object().set("value", Json.tree(value))));
            list.add(Json.object().put("name", "case-" + i).set("inputs", inputs));
        }
        ObjectNode request = Json.object();
        request.set("spec", spec);
        request.set("cases", list);
        return request;
    }

    private static long submit(DaemonProcess daemon, ObjectNode request) throws IOException {
        try (DaemonClient client = daemon.client()) {
            return client.call(Protocol.BATCH_SUBMIT, request, BatchView.class).id();
        }
    }




    private static JsonNode engine(DaemonProcess daemon, String name) {
        try (DaemonClient client = daemon.client()) {
            for (JsonNode engine : client.call(Protocol.ENGINE_LIST, Json.object())) {
                if (engine.path("name").asText().equals(name)) {
                    return engine;
                }
            }
            throw new IllegalStateException("no engine " + name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> events(DaemonProcess daemon, String type) throws IOException {
        return allEvents(daemon).stream().filter(e -> e.path("type").asText().equals(type)).toList();
    }

    private List<String> retryErrors(DaemonProcess daemon, long batch) throws IOException {
        return allEvents(daemon).stream()
                .filter(e -> e.path("type").asText().equals(Event.ITEM_RETRYING) && e.path("batch").asLong() == batch)
                .map(e -> e.path("data").path("error").asText()).toList();
    }

    private static List<JsonNode> allEvents(DaemonProcess daemon) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:file:" + daemon.home().queueDb() + "?mode=ro");
                java.sql.Statement st = db.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT type, batch_id, data FROM events ORDER BY seq")) {
            while (rs.next()) {
                ObjectNode event = Json.object().put("type", rs.getString(1)).put("batch", rs.getLong(2));
                String data = rs.getString(3);
                event.set("data", data == null ? null : Json.parse(data));
                events.add(event);
            }
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
        return events;
    }
}
