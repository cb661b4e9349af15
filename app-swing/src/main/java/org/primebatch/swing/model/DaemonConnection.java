package org.primebatch.swing.model;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.primebatch.api.BatchView;
import org.primebatch.api.DaemonStatus;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Event;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.api.RpcException;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.DaemonUnavailableException;
import org.primebatch.client.EventFeed;

/**
 * Keeps a {@link BatchesModel} in step with the daemon. One {@link EventFeed} follows the events across lost
 * connections and daemon restarts, resuming after the last seq it delivered; every (re)connect loads
 * {@code batch.list} again, and batches named by events are fetched again with {@code batch.get}. All requests run off
 * the event dispatch thread; the model and the listener are touched only on it.
 */
public final class DaemonConnection implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DaemonConnection.class.getName());
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    private static final TypeReference<List<BatchView>> BATCH_LIST = new TypeReference<>() { };

    /** Told on the event dispatch thread. */
    public interface Listener {
        default void stateChanged(ConnectionState state) {
        }

        /** A run of events, after the model has applied them. */
        default void eventsArrived(List<Event> events) {
        }
    }

    private final Supplier<DaemonClient> connector;
    private final BatchesModel model;
    private final Listener listener;
    private final EventCoalescer<Event> coalescer;
    /** A running batch names itself in every event: fetching it at most this often keeps the daemon's work small. */
    private static final long FETCH_SPACING_NANOS = Duration.ofMillis(300).toNanos();

    private final ScheduledExecutorService fetches = Executors.newSingleThreadScheduledExecutor(daemonThread("pb-fetch"));
    private final Map<Long, Long> lastFetched = new ConcurrentHashMap<>();
    private final Requests requests = new Requests(() -> this.current);
    private final Set<Long> fetching = ConcurrentHashMap.newKeySet();
    private final Thread bootstrap = daemonThread("pb-connect").newThread(this::bootstrap);
    private volatile DaemonClient current;
    private volatile boolean everConnected;
    private volatile boolean closed;
    private volatile EventFeed feed;
    private ConnectionState state = ConnectionState.NO_DAEMON;

    public DaemonConnection(Supplier<DaemonClient> connector, BatchesModel model, Listener listener) {
        this.connector = connector;
        this.model = model;
        this.listener = listener;
        this.coalescer = EventCoalescer.everyPeriod(EventCoalescer.DEFAULT_PERIOD, this::applyEvents);
    }

    /** Starts connecting in the background; the state starts as {@link ConnectionState#NO_DAEMON}. */
    public void start() {
        bootstrap.start();
    }

    /** The current state; on the event dispatch thread. */
    public ConnectionState state() {
        Edt.require();
        return state;
    }

    /** Requests over the current connection, for the user interface. */
    public Requests requests() {
        return requests;
    }

    /** The seq of the last event received, or 0 before the first connection. */
    public long lastSeq() {
        EventFeed f = feed;
        return f == null ? 0 : f.lastSeq();
    }

    @Override
    public void close() {
        closed = true;
        bootstrap.interrupt();
        EventFeed f = feed;
        if (f != null) {
            f.close();
        }
        DaemonClient c = current;
        if (c != null) {
            c.close();
        }
        coalescer.close();
        fetches.shutdownNow();
        requests.close();
    }

    /**
     * Waits for a first daemon, learns the seq of its newest event and only then starts the feed after it, so the
     * client never replays history it already has in {@code batch.list}.
     */
    private void bootstrap() {
        Duration backoff = FIRST_BACKOFF;
        while (!closed) {
            try {
                DaemonClient first = connector.get();
                long since;
                try {
                    since = first.call(Protocol.DAEMON_STATUS, null, DaemonStatus.class).lastEventSeq();
                    loaded(first);
                } catch (RuntimeException e) {
                    first.close();
                    throw e;
                }
                startFeed(first, since);
                return;
            } catch (DaemonUnavailableException | UncheckedIOException | RpcException e) {
                LOG.log(Level.FINE, "no daemon yet", e);
                report(ConnectionState.NO_DAEMON);
            }
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private void startFeed(DaemonClient first, long since) {
        Supplier<DaemonClient> firstThenNew = new Supplier<>() {
            private DaemonClient unused = first;

            @Override
            public DaemonClient get() {
                DaemonClient client = unused;
                unused = null;
                return client != null ? client : connectAndLoad();
            }
        };
        EventFeed f = new EventFeed(firstThenNew, since, List.of(), coalescer::offer);
        feed = f;
        if (closed) {
            f.close();
            first.close();
            return;
        }
        f.start();
    }

    /** Called by the feed on every reconnect. */
    private DaemonClient connectAndLoad() {
        DaemonClient client;
        try {
            client = connector.get();
        } catch (RuntimeException e) {
            report(everConnected ? ConnectionState.RECONNECTING : ConnectionState.NO_DAEMON);
            throw e;
        }
        try {
            loaded(client);
            return client;
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** Loads the batches over a fresh connection and makes it the one requests use. */
    private void loaded(DaemonClient client) {
        List<BatchView> batches = Json.MAPPER.convertValue(client.call(Protocol.BATCH_LIST, Json.object()), BATCH_LIST);
        current = client;
        everConnected = true;
        SwingUtilities.invokeLater(() -> {
            if (!closed) {
                model.replaceAll(batches);
            }
        });
        report(ConnectionState.CONNECTED);
        // after CONNECTED, so a connection that is already gone leaves RECONNECTING as the last word
        client.onClose(reason -> {
            if (!closed && current == client) {
                report(ConnectionState.RECONNECTING);
            }
        });
    }

    private void applyEvents(List<Event> events) {
        if (closed) {
            return;
        }
        fetch(model.apply(events));
        listener.eventsArrived(events);
    }

    /**
     * Fetches each batch again, once however many events named it while a fetch was waiting, and not sooner than
     * {@link #FETCH_SPACING_NANOS} after its last fetch began.
     */
    private void fetch(Collection<Long> batchIds) {
        for (long id : batchIds) {
            if (fetching.add(id)) {
                try {
                    Long last = lastFetched.get(id);
                    long wait = last == null ? 0 : last + FETCH_SPACING_NANOS - System.nanoTime();
                    fetches.schedule(() -> fetchOne(id), Math.max(0, wait), TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException e) {
                    return; // closed meanwhile
                }
            }
        }
    }

    private void fetchOne(long id) {
        fetching.remove(id);
        lastFetched.put(id, System.nanoTime());
        DaemonClient client = current;
        if (client == null || closed) {
            return;
        }
        try {
            BatchView view = client.call(Protocol.BATCH_GET, Json.object().put("batch", id), BatchView.class);
            SwingUtilities.invokeLater(() -> {
                if (!closed) {
                    model.put(view);
                }
            });
        } catch (RpcException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                SwingUtilities.invokeLater(() -> model.remove(id));
            } else {
                LOG.log(Level.WARNING, "batch.get " + id + " failed", e);
            }
        } catch (DaemonUnavailableException | UncheckedIOException e) {
            // the next connection loads batch.list again
            LOG.log(Level.FINE, "batch.get " + id + " lost its connection", e);
        }
    }

    private void report(ConnectionState next) {
        SwingUtilities.invokeLater(() -> {
            if (!closed && state != next) {
                state = next;
                listener.stateChanged(next);
            }
        });
    }

    private static ThreadFactory daemonThread(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
