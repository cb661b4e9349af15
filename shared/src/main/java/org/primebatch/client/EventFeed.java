package org.primebatch.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primebatch.api.Event;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.api.RpcException;

/**
 * The daemon's events, each delivered once and in order, across lost connections and daemon restarts: after a
 * reconnect it subscribes again from the last event delivered and drops what it has already seen.
 */
public final class EventFeed implements AutoCloseable {
    static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(EventFeed.class.getName());

    private final Supplier<DaemonClient> connector;
    private final List<String> topics;
    private final Consumer<Event> consumer;
    private final Object deliveryLock = new Object();
    private final Thread worker;
    private volatile long lastSeq;
    private volatile boolean closed;
    private volatile DaemonClient client;

    /**
     * @param connector opens a new connection; may throw {@link DaemonUnavailableException} or
     *                  {@link UncheckedIOException} while the daemon is away
     * @param since     the last event already seen; delivery starts after it
     * @param topics    event topics to receive ({@code batch}, {@code item}); empty for all
     */
    public EventFeed(Supplier<DaemonClient> connector, long since, List<String> topics, Consumer<Event> consumer) {
        this.connector = connector;
        this.lastSeq = since;
        this.topics = List.copyOf(topics);
        this.consumer = consumer;
        this.worker = new Thread(this::run, "pb-event-feed");
        this.worker.setDaemon(true);
    }

    public void start() {
        worker.start();
    }

    /** The seq of the last event delivered (or {@code since} when none yet). */
    public long lastSeq() {
        return lastSeq;
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        DaemonClient current = client;
        if (current != null) {
            current.close();
        }
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (!closed) {
            try {
                if (followOneConnection()) {
                    backoff = FIRST_BACKOFF;
                }
            } catch (DaemonUnavailableException | UncheckedIOException | RpcException e) {
                LOG.log(Level.FINE, "event feed disconnected", e);
            } catch (InterruptedException e) {
                return;
            }
            if (closed) {
                return;
            }
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /** Connects, subscribes and waits until the connection ends; true if the subscription was made. */
    private boolean followOneConnection() throws InterruptedException {
        DaemonClient connection = connector.get();
        client = connection;
        CountDownLatch ended = new CountDownLatch(1);
        try {
            connection.onClose(reason -> ended.countDown());
            connection.addEventListener(this::deliver);
            if (closed) {
                return false;
            }
            connection.call(Protocol.EVENTS_SUBSCRIBE, subscription());
            ended.await();
            return true;
        } finally {
            connection.close();
            client = null;
        }
    }

    private ObjectNode subscription() {
        ObjectNode params = Json.object();
        params.put("since", lastSeq);
        if (!topics.isEmpty()) {
            topics.forEach(params.putArray("topics")::add);
        }
        return params;
    }

    private void deliver(Event event) {
        synchronized (deliveryLock) {
            if (closed || event.seq() <= lastSeq) {
                return;
            }
            lastSeq = event.seq();
            consumer.accept(event);
        }
    }
}
