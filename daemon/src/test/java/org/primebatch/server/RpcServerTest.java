package org.primebatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;

class RpcServerTest {
    @TempDir
    Path dir;
    Path socket;
    Path connectionFile;
    TestHandler handler = new TestHandler();
    RpcServer server;

    @BeforeEach
    void setUp() {
        socket = dir.resolve("run/daemon.sock");
        connectionFile = dir.resolve("run/connection.json");
    }

    @AfterEach
    void tearDown() {
        handler.release.countDown();
        if (server != null) {
            server.close();
        }
    }

    private RpcServer start(boolean tcp, int queueSize) throws Exception {
        server = new RpcServer(new ServerConfig(socket, tcp, 0, connectionFile, "1.2.3", queueSize), handler);
        server.start();
        return server;
    }

    private RpcServer start() throws Exception {
        return start(false, 0);
    }

    private String token() throws Exception {
        return Json.MAPPER.readTree(connectionFile.toFile()).path("token").asText();
    }

    private static void assertError(JsonNode message, Object id, ErrorCode code) {
        assertThat(message.has("id")).as(message.toString()).isTrue();
        if (id == null) {
            assertThat(message.get("id").isNull()).as(message.toString()).isTrue();
        } else {
            assertThat(message.get("id").asText()).as(message.toString()).isEqualTo(id.toString());
        }
        assertThat(message.path("error").path("code").asInt()).as(message.toString()).isEqualTo(code.code());
        assertThat(message.path("error").path("data").path("reason").asText()).isEqualTo(code.reason());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition within the safety limit").isTrue();
    }

    @Test
    void greetsOverUnixSocketWithoutAuth() throws Exception {
        start();
        try (RawClient client = RawClient.unix(socket)) {
            JsonNode welcome = client.welcome();
            assertThat(welcome.path("product").asText()).isEqualTo("primebatch");
            assertThat(welcome.path("version").asText()).isEqualTo("1.2.3");
            assertThat(welcome.path("protocol").path("min").asInt()).isEqualTo(1);
            assertThat(welcome.path("protocol").path("max").asInt()).isEqualTo(1);
            assertThat(welcome.path("auth").asText()).isEqualTo("none");
            assertThat(server.tcpPort()).isEqualTo(-1);
        }
    }

    @Test
    void helloThenCalls() throws Exception {
        start();
        try (RawClient client = RawClient.unix(socket)) {
            client.welcome();
            client.send("{\"jsonrpc\":\"2.0\",\"id\":\"h\",\"method\":\"session.hello\",\"params\":{\"protocol\":{\"min\":1,\"max\":3},\"client\":\"t\"}}");
            JsonNode hello = client.next();
            assertThat(hello.path("id").asText()).isEqualTo("h");
            assertThat(hello.path("result").path("protocol").asInt()).isEqualTo(1);
            assertThat(hello.path("result").path("session").asLong()).isPositive();
            assertThat(hello.path("result").path("version").asText()).isEqualTo("1.2.3");

            JsonNode echo = client.request(1, "echo", "{\"a\":[1,2],\"b\":\"é\"}");
            assertThat(echo.path("jsonrpc").asText()).isEqualTo("2.0");
            assertThat(echo.path("id").asInt()).isEqualTo(1);
            assertThat(echo.path("result")).isEqualTo(Json.parse("{\"a\":[1,2],\"b\":\"é\"}"));
            assertThat(client.request(2, "echo", null).path("result")).isEqualTo(Json.object());
            client.send("\r");
            client.send("");
            client.sendBytes("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"echo\",\"params\":{\"crlf\":true}}\r\n".getBytes(StandardCharsets.UTF_8));
            assertThat(client.next().path("result").path("crlf").asBoolean()).isTrue();
        }
    }

    @Test
    void notificationsFromClientAreHandledWithoutAnswer() throws Exception {
        start();
        try (RawClient client = RawClient.unix(socket).handshake(null)) {
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"note\",\"params\":{\"text\":\"hi\"}}");
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"boom\"}");
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"nope\"}");
            assertThat(client.request(9, "echo", "{}").path("id").asInt()).isEqualTo(9);
            assertThat(handler.notes).containsExactly("hi");
        }
    }

    @Test
    void requestBeforeHelloIsAnsweredAndClosed() throws Exception {
        start();
        try (RawClient client = RawClient.unix(socket)) {
            client.welcome();
            assertError(client.request(4, "echo", "{}"), 4, ErrorCode.HANDSHAKE_REQUIRED);
            client.assertClosedByServer();
        }
    }

    @Test
    void nonJsonLineIsAnsweredAndClosed() throws Exception {
        start();
        try (RawClient before = RawClient.unix(socket); RawClient after = RawClient.unix(socket).handshake(null)) {
            before.welcome();
            before.send("hello?");
            assertError(before.next(), null, ErrorCode.PARSE_ERROR);
            before.assertClosedByServer();

            after.send("{\"jsonrpc\":\"2.0\",\"id\":1,");
            assertError(after.next(), null, ErrorCode.PARSE_ERROR);
            after.assertClosedByServer();
        }
    }

    @Test
    void lineOverLimitIsAnsweredAndClosedWhileOthersAreServed() throws Exception {
        start();
        try (RawClient other = RawClient.unix(socket).handshake(null);
             RawClient client = RawClient.unix(socket).handshake(null)) {
            byte[] huge = new byte[Protocol.MAX_LINE_BYTES + 100];
            Arrays.fill(huge, (byte) ' ');
            huge[huge.length - 1] = '\n';
            client.sendBytes(huge);
            assertError(client.next(), null, ErrorCode.LINE_TOO_LONG);
            client.assertClosedByServer();
            assertThat(other.request(1, "echo", "{\"still\":1}").path("result").path("still").asInt()).isEqualTo(1);
        }
    }

    @Test
    void lineOfExactlyTheLimitIsAccepted() throws Exception {
        start();
        try (RawClient client = RawClient.unix(socket).handshake(null)) {
            String prefix = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":{\"s\":\"";
            String suffix = "\"}}";
            String line = prefix + "y".repeat(Protocol.MAX_LINE_BYTES - prefix.length() - suffix.length()) + suffix;
            assertThat(line.getBytes(StandardCharsets.UTF_8)).hasSize(Protocol.MAX_LINE_BYTES);
            client.send(line);
            assertThat(client.next().path("result").path("s").asText()).hasSize(Protocol.MAX_LINE_BYTES - prefix.length() - suffix.length());
        }
    }

    @Test
    void badRequestsAreAnsweredAndTheConnectionStaysOpen() throws Exception {
        start();
        try (RawClient client = RawClient.unix(socket).handshake(null)) {
            assertError(client.request(1, "nope", "{}"), 1, ErrorCode.METHOD_NOT_FOUND);
            assertError(client.request(2, "echo", "[1,2]"), 2, ErrorCode.INVALID_PARAMS);
            assertError(client.request(3, "echo", "\"text\""), 3, ErrorCode.INVALID_PARAMS);
            client.send("[1,2]");
            assertError(client.next(), null, ErrorCode.INVALID_REQUEST);
            client.send("42");
            assertError(client.next(), null, ErrorCode.INVALID_REQUEST);
            client.send("{\"id\":4,\"method\":\"echo\"}");
            assertError(client.next(), 4, ErrorCode.INVALID_REQUEST);
            client.send("{\"jsonrpc\":\"1.0\",\"id\":5,\"method\":\"echo\"}");
            assertError(client.next(), 5, ErrorCode.INVALID_REQUEST);
            client.send("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":7}");
            assertError(client.next(), 6, ErrorCode.INVALID_REQUEST);
            client.send("{\"jsonrpc\":\"2.0\",\"id\":{\"x\":1},\"method\":\"echo\"}");
            assertError(client.next(), null, ErrorCode.INVALID_REQUEST);
            assertError(client.request(7, "session.hello", "{}"), 7, ErrorCode.INVALID_REQUEST);
            assertThat(client.request(8, "echo", "{\"ok\":true}").path("result").path("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void handlerExceptionsKeepTheConnection() throws Exception {
        start();
        try (RawClient client = RawClient.unix(socket).handshake(null)) {
            JsonNode boom = client.request(1, "boom", null);
            assertError(boom, 1, ErrorCode.INTERNAL_ERROR);
            JsonNode bad = client.request(2, "bad", null);
            assertError(bad, 2, ErrorCode.INVALID_PARAMS);
            assertThat(bad.path("error").path("message").asText()).isEqualTo("count must be positive");
            JsonNode fail = client.request(3, "fail", null);
            assertError(fail, 3, ErrorCode.NOT_FOUND);
            assertThat(fail.path("error").path("message").asText()).isEqualTo("no batch 7");
            assertThat(fail.path("error").path("data").path("batch").asInt()).isEqualTo(7);
            assertThat(client.request(4, "echo", "{}").has("result")).isTrue();
        }
    }

    @Test
    void closeActionsRunOnceWhenTheClientGoes() throws Exception {
        start();
        try (RawClient client = RawClient.unix(socket).handshake(null)) {
            assertThat(client.request(1, "watch", null).has("result")).isTrue();
        }
        await(() -> server.connectionCount() == 0);
        server.close();
        assertThat(handler.closes.get()).isEqualTo(1);
    }

    @Test
    void anErrorInTheHandlerClosesOnlyThatConnection() throws Exception {
        start();
        try (RawClient other = RawClient.unix(socket).handshake(null);
             RawClient client = RawClient.unix(socket).handshake(null)) {
            client.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"error\"}");
            client.assertClosedByServer();
            assertThat(other.request(1, "echo", "{}").has("result")).isTrue();
        }
    }

    @Test
    void protocolMismatchIsRefused() throws Exception {
        start();
        try (RawClient client = RawClient.unix(socket)) {
            client.welcome();
            client.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.hello\",\"params\":{\"protocol\":{\"min\":2,\"max\":5}}}");
            assertError(client.next(), 1, ErrorCode.UNSUPPORTED_PROTOCOL);
            client.assertClosedByServer();
        }
    }

    @Test
    void tcpNeedsTheToken() throws Exception {
        start(true, 0);
        int port = server.tcpPort();
        assertThat(port).isPositive();
        try (RawClient good = RawClient.tcp(port)) {
            assertThat(good.welcome().path("auth").asText()).isEqualTo("token");
        }
        try (RawClient good = RawClient.tcp(port).handshake(token())) {
            assertThat(good.request(1, "echo", "{\"tcp\":1}").path("result").path("tcp").asInt()).isEqualTo(1);
        }
        try (RawClient wrong = RawClient.tcp(port)) {
            wrong.welcome();
            wrong.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.hello\",\"params\":{\"protocol\":{\"min\":1,\"max\":1},\"token\":\"" + "0".repeat(64) + "\"}}");
            assertError(wrong.next(), 1, ErrorCode.UNAUTHORIZED);
            wrong.assertClosedByServer();
        }
        try (RawClient missing = RawClient.tcp(port)) {
            missing.welcome();
            missing.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.hello\",\"params\":{\"protocol\":{\"min\":1,\"max\":1}}}");
            assertError(missing.next(), 1, ErrorCode.UNAUTHORIZED);
            missing.assertClosedByServer();
        }
        try (RawClient unix = RawClient.unix(socket).handshake(null)) {
            assertThat(unix.request(1, "echo", "{}").has("result")).isTrue();
        }
    }

    @Test
    void servesTwoClientsAtOnce() throws Exception {
        start();
        try (RawClient first = RawClient.unix(socket).handshake(null);
             RawClient second = RawClient.unix(socket).handshake(null)) {
            await(() -> server.connectionCount() == 2);
            long firstId = first.request(1, "session", null).path("result").path("id").asLong();
            long secondId = second.request(1, "session", null).path("result").path("id").asLong();
            assertThat(firstId).isNotEqualTo(secondId);
            assertThat(first.request(2, "echo", "{\"who\":1}").path("result").path("who").asInt()).isEqualTo(1);
            assertThat(second.request(2, "echo", "{\"who\":2}").path("result").path("who").asInt()).isEqualTo(2);
        }
        await(() -> server.connectionCount() == 0);
    }

    @Test
    void notificationsArriveBeforeTheAnswer() throws Exception {
        start();
        try (RawClient client = RawClient.unix(socket).handshake(null)) {
            client.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"push\",\"params\":{\"count\":3}}");
            for (int i = 1; i <= 3; i++) {
                JsonNode tick = client.next();
                assertThat(tick.has("id")).isFalse();
                assertThat(tick.path("method").asText()).isEqualTo("tick");
                assertThat(tick.path("params").path("n").asInt()).isEqualTo(i);
            }
            assertThat(client.next().path("result").path("sent").asInt()).isEqualTo(3);
        }
    }

    @Test
    void slowConsumerIsDroppedWhileOthersKeepWorking() throws Exception {
        start(false, 8);
        try (RawClient other = RawClient.unix(socket).handshake(null);
             RawClient slow = RawClient.unixNotReading(socket)) {
            slow.send("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"session.hello\",\"params\":{}}");
            slow.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"flood\"}");
            await(() -> server.connectionCount() == 1);
            assertThat(other.request(1, "echo", "{\"alive\":true}").path("result").path("alive").asBoolean()).isTrue();

            slow.startReading();
            String line;
            String last = null;
            while ((line = slow.nextLineOrEof()) != null) {
                last = line;
                JsonNode message = Json.parse(line);
                if (message.path("id").asInt(-1) == 0) {
                    continue;
                }
                String method = message.path("method").asText();
                assertThat(method).as(line.length() > 200 ? line.substring(0, 200) : line)
                        .isIn("session.welcome", "tick", "error");
            }
            if (last != null && last.contains("\"error\"")) {
                assertThat(Json.parse(last).path("params").path("data").path("reason").asText()).isEqualTo("slow_consumer");
            }
        }
    }

    @Test
    void socketAndConnectionFileAreOwnerOnly() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        start(true, 0);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(connectionFile))).isEqualTo("rw-------");
        JsonNode info = Json.MAPPER.readTree(connectionFile.toFile());
        assertThat(info.path("host").asText()).isEqualTo("127.0.0.1");
        assertThat(info.path("port").asInt()).isEqualTo(server.tcpPort());
        assertThat(info.path("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
        assertThat(info.path("token").asText()).matches("[0-9a-f]{64}");
        try (var files = Files.list(socket.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("daemon.sock", "connection.json");
        }
    }

    @Test
    void staleSocketFileIsReplaced() throws Exception {
        Files.createDirectories(socket.getParent());
        Files.writeString(socket, "stale");
        start();
        try (RawClient client = RawClient.unix(socket).handshake(null)) {
            assertThat(client.request(1, "echo", "{}").has("result")).isTrue();
        }
    }

    @Test
    void closeRemovesFilesAndConnections() throws Exception {
        start(true, 0);
        try (RawClient client = RawClient.unix(socket).handshake(null)) {
            server.close();
            client.assertClosedByServer();
        }
        assertThat(socket).doesNotExist();
        assertThat(connectionFile).doesNotExist();
        assertThat(server.connectionCount()).isZero();
    }
}
