package org.primebatch.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.primebatch.access.Caller;
import org.primebatch.access.Callers;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Json;
import org.primebatch.wire.Messages;
import org.primebatch.wire.ConnectionInfo;

/**
 * Accepts clients on the Unix domain socket and, if configured, on TCP 127.0.0.1 (where they must present the token
 * from the connection file), and serves each on its own {@link Connection}. A connection beyond the caps (in all, or
 * from one caller: the peer's user on the Unix socket, TCP as one caller) is told {@code too_many_connections} and
 * closed; one that does not say {@code session.hello} in time is closed by its deadline.
 */
public final class RpcServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RpcServer.class.getName());
    private static final String LOOPBACK = "127.0.0.1";

    private final ServerConfig config;
    private final RequestHandler handler;
    private final Callers callers;
    private final AtomicLong sessionIds = new AtomicLong();
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    /** Open connections per caller; changed only under {@link #admission}. */
    private final Map<String, Integer> perCaller = new HashMap<>();
    private final Object admission = new Object();
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "pb-hello-deadlines");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong refused = new AtomicLong();
    private final List<ServerSocketChannel> listeners = new ArrayList<>();
    private volatile boolean closed;
    private int tcpPort = -1;

    /** A server whose admins are the daemon's own user and root. */
    public RpcServer(ServerConfig config, RequestHandler handler) {
        this(config, handler, Callers.withoutAdminGroup());
    }

    /** @param callers who a connection's user is, and whether they are an admin */
    public RpcServer(ServerConfig config, RequestHandler handler, Callers callers) {
        this.config = config;
        this.handler = handler;
        this.callers = callers;
    }

    /** Binds and starts accepting. The caller holds the home's lock, so an existing socket file is stale. */
    public synchronized void start() throws IOException {
        if (!listeners.isEmpty() || closed) {
            throw new IllegalStateException("server already started");
        }
        try {
            listenOnUnixSocket();
            if (config.tcp()) {
                listenOnTcp();
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void listenOnUnixSocket() throws IOException {
        Path socket = config.socket();
        PrivateFiles.createDirectories(socket.toAbsolutePath().getParent(), config.groupAccess());
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        listeners.add(server);
        server.bind(UnixDomainSocketAddress.of(socket));
        PrivateFiles.restrict(socket, config.groupAccess());
        startAcceptor(server, null, "pb-accept-unix");
    }

    private void listenOnTcp() throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.INET);
        listeners.add(server);
        server.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), config.tcpPort()));
        tcpPort = ((InetSocketAddress) server.getLocalAddress()).getPort();
        AccessToken token = AccessToken.random();
        ConnectionInfo info = new ConnectionInfo(LOOPBACK, tcpPort, token.value(), ProcessHandle.current().pid());
        PrivateFiles.writeAtomically(config.connectionFile(), Json.MAPPER.writeValueAsBytes(info), config.groupAccess());
        startAcceptor(server, token, "pb-accept-tcp");
    }

    private void startAcceptor(ServerSocketChannel server, AccessToken token, String name) {
        Thread thread = new Thread(() -> acceptLoop(server, token), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void acceptLoop(ServerSocketChannel server, AccessToken token) {
        while (!closed) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                LOG.log(Level.WARNING, "accept failed", e);
                continue;
            }
            UnixDomainPrincipal peer = token == null ? peerOf(channel) : null;
            String caller = token != null ? "tcp" : peer == null ? "unix" : "uid:" + peer.user().getName();
            String refusal = admit(caller);
            if (refusal != null) {
                refuse(channel, refusal);
                continue;
            }
            // a TCP client has the token, which only the daemon's user (and its group) can read
            Caller who = peer == null ? callers.self() : callers.of(peer.user(), peer.group());
            Connection connection = new Connection(sessionIds.incrementAndGet(), who, channel, handler, config, token);
            connections.add(connection);
            connection.onClose(() -> {
                connections.remove(connection);
                release(caller);
            });
            if (closed) {
                connection.close();
                return;
            }
            connection.start();
            try {
                deadlines.schedule(connection::helloDeadlinePassed, config.helloTimeout().toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                connection.close();
            }
        }
    }

    /** The peer's user and group where the socket tells them, else null. */
    private static UnixDomainPrincipal peerOf(SocketChannel channel) {
        try {
            return channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Counts the connection in, or says why it is refused. */
    private String admit(String caller) {
        synchronized (admission) {
            int total = perCaller.values().stream().mapToInt(Integer::intValue).sum();
            if (total >= config.maxConnections()) {
                return "too many connections: the daemon holds at most " + config.maxConnections() + " at once";
            }
            int mine = perCaller.getOrDefault(caller, 0);
            if (mine >= config.maxPerCaller()) {
                return "too many connections: the daemon holds at most " + config.maxPerCaller()
                        + " at once from one user";
            }
            perCaller.put(caller, mine + 1);
            return null;
        }
    }

    private void release(String caller) {
        synchronized (admission) {
            perCaller.computeIfPresent(caller, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** One error line on a fresh socket (its send buffer is empty, so the write does not block), then close. */
    private void refuse(SocketChannel channel, String reason) {
        long count = refused.incrementAndGet();
        if (count == 1 || count % 1000 == 0) {
            LOG.warning("connection refused (" + count + " so far): " + reason);
        }
        try (channel) {
            ByteBuffer line = ByteBuffer.wrap(Messages.toLine(Messages.error(null, ErrorCode.TOO_MANY_CONNECTIONS, reason)));
            channel.configureBlocking(false);
            channel.write(line);
        } catch (IOException e) {
            LOG.log(Level.FINE, "refusing a connection", e);
        }
    }

    /** Connections refused by the caps since the start. */
    public long refusedCount() {
        return refused.get();
    }

    /** The TCP port, or -1 when the server does not listen on TCP. */
    public synchronized int tcpPort() {
        return tcpPort;
    }

    public int connectionCount() {
        return connections.size();
    }

    /** Stops accepting, closes every connection and removes the socket file and the connection file. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        deadlines.shutdownNow();
        for (ServerSocketChannel listener : listeners) {
            try {
                listener.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing listener", e);
            }
        }
        for (Connection connection : List.copyOf(connections)) {
            connection.close();
        }
        deleteQuietly(config.socket());
        if (config.tcp()) {
            deleteQuietly(config.connectionFile());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + file, e);
        }
    }
}
