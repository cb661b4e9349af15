package org.primebatch.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primebatch.api.Event;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.api.RpcException;
import org.primebatch.wire.LineReader;
import org.primebatch.wire.Messages;

/**
 * A connection to the daemon: thread-safe calls that wait for their answer, and listeners for notifications.
 * A reader thread matches answers to callers by id.
 */
public final class DaemonClient implements AutoCloseable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
    private static final long JOIN_MILLIS = 1_000;
    private static final String WELCOME = "session.welcome";
    private static final String ERROR = "error";
    private static final Logger LOG = Logger.getLogger(DaemonClient.class.getName());

    private final SocketChannel channel;
    private final String target;
    private final Object writeLock = new Object();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<BiConsumer<String, JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closedByCaller;
    private Thread reader;
    private final CompletableFuture<JsonNode> welcome = new CompletableFuture<>();
    /** Completes when the connection ends, with the reason (null when closed by this side). */
    private final CompletableFuture<Throwable> closed = new CompletableFuture<>();
    /** An error the daemon sent without an id, usually right before it closes the connection. */
    private volatile RpcException lastUnsolicitedError;
    private volatile String daemonVersion;

    private DaemonClient(SocketChannel channel, String target) {
        this.channel = channel;
        this.target = target;
    }

    /**
     * Connects, waits for the daemon's greeting and completes the {@code session.hello} handshake.
     *
     * @throws IOException  when no daemon answers at the endpoint
     * @throws RpcException when the daemon refuses the handshake (wrong token, unsupported protocol)
     */
    public static DaemonClient connect(Endpoint endpoint, String clientName) throws IOException {
        SocketChannel channel;
        try {
            if (endpoint.isUnix()) {
                channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    channel.connect(UnixDomainSocketAddress.of(endpoint.socket()));
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
            } else {
                channel = SocketChannel.open(new InetSocketAddress(endpoint.host(), endpoint.port()));
            }
        } catch (IOException e) {
            throw new IOException("no daemon answers at " + endpoint.describe() + " (" + e.getMessage() + ")", e);
        }
        DaemonClient client = new DaemonClient(channel, endpoint.describe());
        try {
            client.startReader();
            client.handshake(endpoint, clientName);
            return client;
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private void handshake(Endpoint endpoint, String clientName) throws IOException {
        JsonNode greeting;
        try {
            greeting = welcome.get(HANDSHAKE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("the daemon at " + target + " sent no greeting within " + HANDSHAKE_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IOException("no daemon answers at " + target + " (" + e.getCause().getMessage() + ")", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to " + target);
        }
        daemonVersion = greeting.path("version").asText(null);
        ObjectNode params = Json.object();
        ObjectNode protocol = params.putObject("protocol");
        protocol.put("min", Protocol.MIN_VERSION);
        protocol.put("max", Protocol.MAX_VERSION);
        params.put("client", clientName);
        if (endpoint.token() != null) {
            params.put("token", endpoint.token());
        }
        try {
            call(Protocol.SESSION_HELLO, params, HANDSHAKE_TIMEOUT);
        } catch (DaemonUnavailableException e) {
            throw new IOException("the daemon at " + target + " ended the handshake: " + e.getMessage(), e);
        }
    }

    private void startReader() {
        reader = new Thread(this::readLoop, "pb-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Calls {@code method} and waits up to {@link #DEFAULT_TIMEOUT} for the result. */
    public JsonNode call(String method, JsonNode params) {
        return call(method, params, DEFAULT_TIMEOUT);
    }

    /**
     * Calls {@code method} and waits for its result.
     *
     * @throws RpcException               when the daemon answers with an error
     * @throws DaemonUnavailableException when the connection ends first, or no answer comes within {@code timeout}
     * @throws IllegalArgumentException   when the request is longer than a line may be
     */
    public JsonNode call(String method, JsonNode params, Duration timeout) {
        long id = ids.incrementAndGet();
        byte[] line = Messages.toLine(Messages.request(id, method, params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        if (closed.isDone()) {
            pending.remove(id);
            throw unavailable("the connection to the daemon at " + target + " is closed");
        }
        try {
            send(line);
            JsonNode response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            JsonNode error = response.get("error");
            if (error != null && !error.isNull()) {
                throw Messages.toException(error);
            }
            JsonNode result = response.get("result");
            return result == null ? NullNode.instance : result;
        } catch (IOException e) {
            close();
            throw unavailable("cannot send to the daemon at " + target + ": " + e.getMessage());
        } catch (ExecutionException e) {
            throw new DaemonUnavailableException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new DaemonUnavailableException("the daemon at " + target + " did not answer " + method
                    + " within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DaemonUnavailableException("interrupted while waiting for " + method);
        } finally {
            pending.remove(id);
        }
    }

    /** Calls {@code method} with {@code params} (a record, map, JsonNode or null) and converts the result. */
    public <T> T call(String method, Object params, Class<T> type) {
        JsonNode tree = params == null ? null : Json.tree(params);
        JsonNode result = call(method, tree);
        if (type == Void.class || type == void.class) {
            return null;
        }
        if (type.isInstance(result)) {
            return type.cast(result);
        }
        try {
            return Json.MAPPER.treeToValue(result, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unexpected answer to " + method + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Listens to every notification as (method, params); called on the reader thread, so keep it quick. */
    public void addNotificationListener(BiConsumer<String, JsonNode> listener) {
        listeners.add(listener);
    }

    /** Listens to {@link Protocol#EVENT} notifications as events. */
    public void addEventListener(Consumer<Event> listener) {
        addNotificationListener((method, params) -> {
            if (Protocol.EVENT.equals(method)) {
                listener.accept(Json.convert(params, Event.class));
            }
        });
    }

    /** Runs {@code listener} once when the connection ends (at once if it has): with the reason, or null after close(). */
    public void onClose(Consumer<Throwable> listener) {
        closed.thenAccept(listener);
    }

    public boolean isOpen() {
        return !closed.isDone();
    }

    /** The daemon's version, from its greeting. */
    public String daemonVersion() {
        return daemonVersion;
    }

    /** Ends the connection; once it returns, no listener is called any more. */
    @Override
    public void close() {
        closedByCaller = true;
        shutdown(null);
        Thread r = reader;
        if (r != null && r != Thread.currentThread()) {
            try {
                r.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void send(byte[] line) throws IOException {
        synchronized (writeLock) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    private void readLoop() {
        LineReader lines = new LineReader(Channels.newInputStream(channel), Protocol.MAX_LINE_BYTES);
        Throwable reason;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    dispatch(Json.parse(line));
                }
            }
            reason = unavailable("the daemon at " + target + " closed the connection");
        } catch (IOException | RuntimeException e) {
            reason = unavailable("lost the connection to the daemon at " + target + ": " + e.getMessage());
        }
        shutdown(reason);
    }

    private void dispatch(JsonNode message) {
        JsonNode method = message.get("method");
        if (method != null && method.isTextual()) {
            JsonNode params = message.path("params");
            if (WELCOME.equals(method.asText())) {
                welcome.complete(params);
            } else if (ERROR.equals(method.asText())) {
                lastUnsolicitedError = Messages.toException(params);
            }
            for (BiConsumer<String, JsonNode> listener : listeners) {
                if (closedByCaller) {
                    return;
                }
                try {
                    listener.accept(method.asText(), params);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "notification listener failed on " + method.asText(), e);
                }
            }
            return;
        }
        JsonNode id = message.get("id");
        if (id != null && id.canConvertToLong()) {
            CompletableFuture<JsonNode> answer = pending.get(id.asLong());
            if (answer != null) {
                answer.complete(message);
            }
        } else if (message.hasNonNull("error")) {
            lastUnsolicitedError = Messages.toException(message.get("error"));
        }
    }

    private DaemonUnavailableException unavailable(String message) {
        RpcException cause = lastUnsolicitedError;
        return cause == null
                ? new DaemonUnavailableException(message)
                : new DaemonUnavailableException(message + ": " + cause.getMessage(), cause);
    }

    private void shutdown(Throwable reason) {
        if (!closed.complete(reason)) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing connection to " + target, e);
        }
        DaemonUnavailableException failure = reason instanceof DaemonUnavailableException unavailable
                ? unavailable
                : new DaemonUnavailableException("the connection to the daemon at " + target + " is closed");
        welcome.completeExceptionally(failure);
        pending.values().forEach(answer -> answer.completeExceptionally(failure));
    }
}
