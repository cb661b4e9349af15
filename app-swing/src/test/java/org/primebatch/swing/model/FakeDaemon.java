package org.primebatch.swing.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.primebatch.api.BatchView;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Event;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.wire.LineReader;
import org.primebatch.wire.Messages;

/**
 * Just enough of the daemon's protocol on a Unix socket for the client model: greeting, hello, status, batch list
 * and get, and a subscription it pushes events to. The real daemon is out of reach: app-swing may not depend on it.
 */
final class FakeDaemon implements AutoCloseable {
    private final Path socket;
    private final Map<Long, BatchView> batches = new ConcurrentHashMap<>();
    private final List<SocketChannel> connections = new CopyOnWriteArrayList<>();
    private final List<SocketChannel> subscribers = new CopyOnWriteArrayList<>();
    final List<Long> subscribedSince = new CopyOnWriteArrayList<>();
    private volatile long lastEventSeq;
    private ServerSocketChannel server;

    FakeDaemon(Path dir) {
        this.socket = dir.resolve("daemon.sock");
    }

    Endpoint endpoint() {
        return Endpoint.unix(socket);
    }

    DaemonClient connect() {
        try {
            return DaemonClient.connect(endpoint(), "test");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void put(BatchView view) {
        batches.put(view.id(), view);
    }

    void lastEventSeq(long seq) {
        lastEventSeq = seq;
    }

    synchronized void start() throws IOException {
        Files.deleteIfExists(socket);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        ServerSocketChannel listening = server;
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    SocketChannel connection = listening.accept();
                    connections.add(connection);
                    Thread session = new Thread(() -> serve(connection), "fake-daemon-session");
                    session.setDaemon(true);
                    session.start();
                }
            } catch (IOException e) {
                // stopped
            }
        }, "fake-daemon-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Stops listening and drops every connection, as a daemon that dies does. */
    synchronized void stop() throws IOException {
        server.close();
        for (SocketChannel connection : connections) {
            connection.close();
        }
        connections.clear();
        subscribers.clear();
        Files.deleteIfExists(socket);
    }

    void publish(Event event) throws IOException {
        lastEventSeq = event.seq();
        for (SocketChannel subscriber : subscribers) {
            send(subscriber, Messages.notification(Protocol.EVENT, Json.tree(event)));
        }
    }

    int subscriberCount() {
        return subscribers.size();
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    private void serve(SocketChannel connection) {
        try {
            send(connection, Messages.notification("session.welcome",
                    Json.object().put("product", Protocol.PRODUCT).put("version", "fake")));
            LineReader lines = new LineReader(Channels.newInputStream(connection), Protocol.MAX_LINE_BYTES);
            for (String line; (line = lines.readLine()) != null; ) {
                JsonNode request = Json.parse(line);
                answer(connection, request.get("id"), request.path("method").asText(), request.path("params"));
            }
        } catch (IOException e) {
            // connection dropped
        }
    }

    private void answer(SocketChannel connection, JsonNode id, String method, JsonNode params) throws IOException {
        switch (method) {
            case Protocol.SESSION_HELLO -> send(connection, Messages.result(id, Json.object()));
            case Protocol.DAEMON_STATUS -> send(connection, Messages.result(id, Json.object().put("lastEventSeq", lastEventSeq)));
            case Protocol.BATCH_LIST -> send(connection, Messages.result(id, Json.tree(List.copyOf(batches.values()))));
            case Protocol.BATCH_GET -> {
                BatchView view = batches.get(params.path("batch").asLong());
                send(connection, view == null
                        ? Messages.error(id, ErrorCode.NOT_FOUND, "no such batch")
                        : Messages.result(id, Json.tree(view)));
            }
            case Protocol.EVENTS_SUBSCRIBE -> {
                subscribedSince.add(params.path("since").asLong());
                send(connection, Messages.result(id, Json.object()));
                subscribers.add(connection);
            }
            default -> send(connection, Messages.error(id, ErrorCode.METHOD_NOT_FOUND, method));
        }
    }

    private static void send(SocketChannel connection, JsonNode message) throws IOException {
        ByteBuffer line = ByteBuffer.wrap(Messages.toLine(message));
        synchronized (connection) {
            while (line.hasRemaining()) {
                connection.write(line);
            }
        }
    }
}
