package org.primebatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Json;

/** The hello deadline and the connection caps of a real server on its real socket. */
class ConnectionLimitsTest {
    @TempDir
    Path dir;
    final TestHandler handler = new TestHandler();
    final List<RawClient> clients = new ArrayList<>();
    RpcServer server;

    @AfterEach
    void tearDown() throws Exception {
        handler.release.countDown();
        for (RawClient client : clients) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private RpcServer start(boolean tcp, Duration hello, int max, int perCaller) throws Exception {
        ServerConfig config = new ServerConfig(dir.resolve("run/daemon.sock"), tcp, 0, dir.resolve("run/connection.json"),
                "1.2.3", 0).withConnectionLimits(hello, max, perCaller);
        server = new RpcServer(config, handler);
        server.start();
        return server;
    }

    private RawClient connect() throws Exception {
        RawClient client = RawClient.unix(dir.resolve("run/daemon.sock"));
        clients.add(client);
        return client;
    }

    private static void assertRefused(RawClient client, String limit) throws Exception {
        JsonNode error = client.next();
        assertThat(error.path("error").path("code").asInt()).as(error.toString())
                .isEqualTo(ErrorCode.TOO_MANY_CONNECTIONS.code());
        assertThat(error.path("error").path("data").path("reason").asText()).isEqualTo("too_many_connections");
        assertThat(error.path("error").path("message").asText()).contains(limit);
        client.assertClosedByServer();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within the safety limit").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void aConnectionThatNeverSaysHelloIsToldWhyAndClosed() throws Exception {
        start(false, Duration.ofMillis(300), 0, 0);
        RawClient greeted = connect().handshake(null);
        RawClient silent = connect();
        silent.welcome();

        JsonNode error = silent.next();

        assertThat(error.path("error").path("data").path("reason").asText()).as(error.toString())
                .isEqualTo("handshake_required");
        assertThat(error.path("error").path("message").asText()).isEqualTo("no session.hello within 300 ms");
        silent.assertClosedByServer();
        JsonNode answer = greeted.request(1, "echo", "{\"x\":1}");
        assertThat(answer.has("result")).as("the greeted connection outlives the deadline: " + answer).isTrue();
        await(() -> server.connectionCount() == 1);
    }

    @Test
    void connectionsBeyondTheCapOfOneCallerAreRefusedUntilOneCloses() throws Exception {
        start(false, Duration.ofMinutes(5), 100, 3);
        List<RawClient> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            held.add(connect().handshake(null));
        }

        assertRefused(connect(), "at most 3 at once from one user");
        assertThat(server.refusedCount()).isEqualTo(1);

        held.get(0).close();
        await(() -> server.connectionCount() == 2);
        connect().handshake(null);
        assertThat(held.get(1).request(1, "echo", "{}").has("result")).isTrue();
    }

    @Test
    void connectionsBeyondTheCapInAllAreRefused() throws Exception {
        start(true, Duration.ofMinutes(5), 2, 10);
        String token = Json.MAPPER.readTree(dir.resolve("run/connection.json").toFile()).path("token").asText();
        connect().handshake(null);
        RawClient tcp = RawClient.tcp(server.tcpPort());
        clients.add(tcp);
        tcp.handshake(token);

        assertRefused(connect(), "at most 2 at once");
        RawClient another = RawClient.tcp(server.tcpPort());
        clients.add(another);
        assertRefused(another, "at most 2 at once");
    }
}
