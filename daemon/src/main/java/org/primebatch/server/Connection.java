package org.primebatch.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primebatch.access.Caller;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Protocol;
import org.primebatch.api.RpcException;
import org.primebatch.wire.LineReader;
import org.primebatch.wire.LineTooLongException;
import org.primebatch.wire.Messages;

/**
 * One client connection: a reader thread that answers requests in order, and a writer thread that drains a bounded
 * outbound queue, so a client that does not read can never stall the daemon; it is dropped instead.
 */
final class Connection implements Session {
    private static final Logger LOG = Logger.getLogger(Connection.class.getName());
    /** How long a response may wait for room in a full queue before the client counts as too slow. */
    private static final long RESPONSE_WAIT_SECONDS = 5;
    /** How long the farewell to a slow client may take before the socket is closed regardless. */
    private static final long FAREWELL_MILLIS = 1000;
    /** Queue entry that tells the writer to close once everything before it is written. */
    private static final byte[] CLOSE = new byte[0];

    private final long id;
    private final Caller caller;
    private final SocketChannel channel;
    private final ConnectionProtocol protocol;
    private final BlockingQueue<byte[]> outbound;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final AtomicBoolean dropping = new AtomicBoolean();
    private final List<Runnable> closeActions = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private final Duration helloTimeout;
    private final Thread writer;

    Connection(long id, Caller caller, SocketChannel channel, RequestHandler handler, ServerConfig config, AccessToken token) {
        this.id = id;
        this.caller = caller;
        this.channel = channel;
        this.protocol = new ConnectionProtocol(handler, this, config.version(), token);
        this.outbound = new ArrayBlockingQueue<>(config.outboundQueueSize());
        this.helloTimeout = config.helloTimeout();
        this.reader = daemonThread(this::readLoop, "pb-conn-" + id + "-reader");
        this.writer = daemonThread(this::writeLoop, "pb-conn-" + id + "-writer");
    }

    void start() {
        writer.start();
        enqueueReply(protocol.welcome());
        reader.start();
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public boolean notify(String method, JsonNode params) {
        if (!isOpen() || dropping.get()) {
            return false;
        }
        byte[] line;
        try {
            line = Messages.toLine(Messages.notification(method, params));
        } catch (IllegalArgumentException e) {
            LOG.warning("notification " + method + " to session " + id + " dropped: " + e.getMessage());
            return false;
        }
        if (!outbound.offer(line)) {
            dropSlowClient();
            return false;
        }
        return true;
    }

    @Override
    public boolean isOpen() {
        return open.get();
    }

    @Override
    public void onClose(Runnable action) {
        closeActions.add(action);
        if (!isOpen() && closeActions.remove(action)) {
            action.run();
        }
    }

    @Override
    public void close() {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing session " + id, e);
        }
        writer.interrupt();
        runCloseActions();
    }

    private void runCloseActions() {
        // remove before running so that an action added concurrently by onClose runs exactly once too
        for (Runnable action : closeActions) {
            if (closeActions.remove(action)) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "close action of session " + id + " failed", e);
                }
            }
        }
    }

    private void readLoop() {
        LineReader lines = new LineReader(Channels.newInputStream(channel), Protocol.MAX_LINE_BYTES);
        boolean writerCloses = false;
        try {
            while (isOpen() && !writerCloses) {
                Reply reply;
                try {
                    String line = lines.readLine();
                    if (line == null) {
                        return;
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    reply = protocol.onLine(line);
                } catch (LineTooLongException e) {
                    reply = protocol.lineTooLong();
                }
                if (reply.message() != null) {
                    enqueueReply(reply.message());
                }
                if (reply.close()) {
                    writerCloses = closeAfterWriting();
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "session " + id + " read failed", e);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "session " + id + " failed", e);
            throw e;
        } finally {
            if (!writerCloses) {
                close();
            }
        }
    }

    private void writeLoop() {
        try {
            while (isOpen()) {
                byte[] line = outbound.take();
                if (line == CLOSE) {
                    break;
                }
                if (!dropping.get()) {
                    write(line);
                }
            }
        } catch (InterruptedException e) {
            // closed
        } catch (IOException e) {
            LOG.log(Level.FINE, "session " + id + " write failed", e);
        }
        close();
    }

    /** Responses wait a little for room: they are few, and dropping them would leave a caller hanging. */
    private void enqueueReply(JsonNode message) {
        byte[] line;
        try {
            line = Messages.toLine(message);
        } catch (IllegalArgumentException e) {
            line = Messages.toLine(Messages.error(message.get("id"),
                    new RpcException(ErrorCode.INTERNAL_ERROR, "answer too large: " + e.getMessage())));
        }
        try {
            if (isOpen() && !dropping.get() && !outbound.offer(line, RESPONSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                dropSlowClient();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
    }

    /** True if the writer will close the connection once what is queued is written. */
    private boolean closeAfterWriting() {
        try {
            return outbound.offer(CLOSE, RESPONSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The queue is full: what is queued is thrown away, the client is told why (if its socket still takes it, from
     * another thread so the caller never blocks) and the connection is closed.
     */
    private void dropSlowClient() {
        if (!dropping.compareAndSet(false, true)) {
            return;
        }
        LOG.warning("session " + id + " dropped: outbound queue full");
        outbound.clear();
        byte[] farewell = Messages.toLine(Messages.notification("error", Messages.errorObject(
                new RpcException(ErrorCode.SLOW_CONSUMER, "client too slow: outbound queue full"))));
        daemonThread(() -> {
            try {
                write(farewell);
            } catch (IOException e) {
                LOG.log(Level.FINE, "farewell to session " + id + " failed", e);
            }
            close();
        }, "pb-conn-" + id + "-drop").start();
        CompletableFuture.delayedExecutor(FAREWELL_MILLIS, TimeUnit.MILLISECONDS).execute(this::close);
    }

    private void write(byte[] line) throws IOException {
        writeLock.lock();
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Closes the connection, with a {@code handshake_required} error, if it has not said hello yet. */
    void helloDeadlinePassed() {
        if (!isOpen() || !protocol.expireUnlessGreeted()) {
            return;
        }
        enqueueReply(Messages.error(null, ErrorCode.HANDSHAKE_REQUIRED, "no " + Protocol.SESSION_HELLO + " within "
                + helloTimeout.toMillis() + " ms"));
        if (!closeAfterWriting()) {
            close();
        }
        // a client that does not read cannot hold the writer either
        CompletableFuture.delayedExecutor(FAREWELL_MILLIS, TimeUnit.MILLISECONDS).execute(this::close);
    }

    private static Thread daemonThread(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public String toString() {
        return "Session " + id + (isOpen() ? "" : " (closed)");
    }
}
