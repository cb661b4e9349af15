package org.primebatch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Event;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.api.RpcException;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.DaemonUnavailableException;
import org.primebatch.client.Endpoint;
import org.primebatch.client.EventFeed;
import org.primebatch.client.Home;

class DaemonClientTest {
    @TempDir
    Path dir;
    Home home;
    TestHandler handler = new TestHandler();
    RpcServer server;
    final List<AutoCloseable> toClose = new ArrayList<>();

    record Point(int x, int y) {
    }

    @BeforeEach
    void setUp() throws IOException {
        home = new Home(dir);
        server = new RpcServer(new ServerConfig(home.socket(), true, 0, home.connectionFile(), "9.9.9", 0), handler);
        server.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        handler.release.countDown();
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        server.close();
    }

    private DaemonClient connect() throws IOException {
        DaemonClient client = DaemonClient.connect(Endpoint.forHome(home), "test");
        toClose.add(client);
        return client;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition within the safety limit").isTrue();
    }

    @Test
    void callsAndConverts() throws Exception {
        DaemonClient client = connect();
        assertThat(client.daemonVersion()).isEqualTo("9.9.9");
        assertThat(client.isOpen()).isTrue();
        assertThat(client.call("echo", Json.object().put("a", 1)).path("a").asInt()).isEqualTo(1);
        assertThat(client.call("echo", new Point(3, 4), Point.class)).isEqualTo(new Point(3, 4));
        assertThat(client.call("echo", Map.of("x", 5, "y", 6), Point.class)).isEqualTo(new Point(5, 6));
        assertThat(client.call("echo", null, JsonNode.class)).isEqualTo(Json.object());
        assertThat(client.call("echo", Json.object(), Duration.ofSeconds(5))).isEqualTo(Json.object());
    }

    @Test
    void errorAnswersBecomeRpcExceptions() throws Exception {
        DaemonClient client = connect();
        assertThatThrownBy(() -> client.call("fail", Json.object()))
                .isInstanceOfSatisfying(RpcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("no batch 7");
                    assertThat(e.details().path("batch").asInt()).isEqualTo(7);
                });
        assertThatThrownBy(() -> client.call("nope", Json.object()))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.METHOD_NOT_FOUND));
        assertThatThrownBy(() -> client.call("bad", Json.object()))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMS));
        assertThatThrownBy(() -> client.call("boom", Json.object()))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR));
        assertThat(client.call("echo", Json.object().put("after", true)).path("after").asBoolean()).isTrue();
    }

    @Test
    void concurrentCallsGetTheirOwnAnswers() throws Exception {
        DaemonClient client = connect();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        String value = thread + "-" + i;
                        if (!client.call("echo", Json.object().put("v", value)).path("v").asText().equals(value)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void notificationsReachListeners() throws Exception {
        DaemonClient client = connect();
        List<Integer> ticks = new CopyOnWriteArrayList<>();
        client.addNotificationListener((method, params) -> {
            if (method.equals("tick")) {
                ticks.add(params.path("n").asInt());
            }
        });
        client.call("push", Json.object().put("count", 5));
        await(() -> ticks.size() == 5);
        assertThat(ticks).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void noDaemonIsAClearIOException() {
        Path missing = dir.resolve("none.sock");
        assertThatThrownBy(() -> DaemonClient.connect(Endpoint.unix(missing), "test"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("no daemon answers at " + missing);
    }

    @Test
    void tcpWithTokenFromTheConnectionFile() throws Exception {
        Endpoint endpoint = Endpoint.tcpForHome(home);
        assertThat(endpoint.port()).isEqualTo(server.tcpPort());
        assertThat(endpoint.toString()).doesNotContain(endpoint.token());
        try (DaemonClient client = DaemonClient.connect(endpoint, "tcp-test")) {
            assertThat(client.call("echo", Json.object().put("tcp", 1)).path("tcp").asInt()).isEqualTo(1);
        }
        Endpoint wrong = Endpoint.tcp(endpoint.host(), endpoint.port(), "f".repeat(64));
        assertThatThrownBy(() -> DaemonClient.connect(wrong, "tcp-test"))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
    }

    @Test
    void homeEndpointFallsBackToTcpWithoutTheSocketFile() throws Exception {
        assertThat(Endpoint.forHome(home)).isEqualTo(Endpoint.unix(home.socket()));
        java.nio.file.Files.delete(home.socket());
        Endpoint endpoint = Endpoint.forHome(home);
        assertThat(endpoint.isUnix()).isFalse();
        try (DaemonClient client = DaemonClient.connect(endpoint, "fallback")) {
            assertThat(client.call("echo", Json.object().put("via", "tcp")).path("via").asText()).isEqualTo("tcp");
        }
    }

    @Test
    void droppedConnectionFailsWaitingCalls() throws Exception {
        DaemonClient client = connect();
        CompletableFuture<Throwable> closedWith = new CompletableFuture<>();
        client.onClose(closedWith::complete);
        CompletableFuture<JsonNode> waiting = CompletableFuture.supplyAsync(() -> client.call("hang", Json.object()));
        await(() -> server.connectionCount() == 1);
        Thread.sleep(50);
        server.close();
        assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DaemonUnavailableException.class);
        assertThat(closedWith.get(10, TimeUnit.SECONDS)).isInstanceOf(DaemonUnavailableException.class);
        assertThat(client.isOpen()).isFalse();
        assertThatThrownBy(() -> client.call("echo", Json.object())).isInstanceOf(DaemonUnavailableException.class);
    }

    @Test
    void refusesToSendOverlongLines() throws Exception {
        DaemonClient client = connect();
        JsonNode huge = Json.object().put("s", "z".repeat(Protocol.MAX_LINE_BYTES));
        assertThatThrownBy(() -> client.call("echo", huge)).isInstanceOf(IllegalArgumentException.class);
        assertThat(client.call("echo", Json.object().put("ok", 1)).path("ok").asInt()).isEqualTo(1);
    }

    @Test
    void eventFeedResumesAcrossARestartWithoutGapsOrDuplicates() throws Exception {
        server.close();
        EventStore store = new EventStore();
        ServerConfig config = ServerConfig.unix(home.socket(), "9.9.9");
        RpcServer first = new RpcServer(config, store);
        first.start();
        List<Event> received = new CopyOnWriteArrayList<>();
        EventFeed feed = new EventFeed(() -> {
            try {
                return DaemonClient.connect(Endpoint.unix(home.socket()), "feed");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, 0, List.of("item"), received::add);
        toClose.add(feed);
        feed.start();
        await(() -> store.subscribers.size() == 1);
        assertThat(store.lastTopics).containsExactly("item");
        for (int i = 0; i < 5; i++) {
            store.publish();
        }
        await(() -> received.size() == 5);

        first.close();
        await(() -> store.subscribers.isEmpty());
        for (int i = 0; i < 3; i++) {
            store.publish();
        }
        RpcServer second = new RpcServer(config, store);
        toClose.add(second);
        second.start();
        await(() -> store.subscribers.size() == 1);
        store.publish();
        store.publish();
        await(() -> received.size() >= 10);

        Thread.sleep(50);
        assertThat(received).extracting(Event::seq).containsExactlyElementsOf(LongStream.rangeClosed(1, 10).boxed().toList());
        assertThat(feed.lastSeq()).isEqualTo(10);
        assertThat(store.lastSince).isEqualTo(5);
    }

    /** A fake events.subscribe: replays stored events (starting a little early, as a careless daemon might) then pushes new ones. */
    static final class EventStore implements RequestHandler {
        final List<Event> events = new ArrayList<>();
        final Set<Session> subscribers = ConcurrentHashMap.newKeySet();
        volatile long lastSince = -1;
        volatile List<String> lastTopics = List.of();

        synchronized void publish() {
            Event event = new Event(events.size() + 1, Instant.now(), Event.ITEM_SUCCEEDED, 1, events.size() + 1, "succeeded", null);
            events.add(event);
            subscribers.forEach(s -> s.notify(Protocol.EVENT, Json.tree(event)));
        }

        @Override
        public synchronized JsonNode handle(String method, JsonNode params, Session session) {
            if (!Protocol.EVENTS_SUBSCRIBE.equals(method)) {
                throw new RpcException(ErrorCode.METHOD_NOT_FOUND, method);
            }
            lastSince = params.path("since").asLong();
            List<String> topics = new ArrayList<>();
            params.path("topics").forEach(t -> topics.add(t.asText()));
            lastTopics = topics;
            for (Event event : events) {
                if (event.seq() > lastSince - 2) {
                    session.notify(Protocol.EVENT, Json.tree(event));
                }
            }
            subscribers.add(session);
            session.onClose(() -> subscribers.remove(session));
            return Json.object();
        }
    }
}
