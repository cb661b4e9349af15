package org.primebatch.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primebatch.api.Json;
import org.primebatch.wire.ConnectionInfo;

/**
 * Accepts clients on the Unix domain socket and, if configured, on TCP 127.0.0.1 (where they must present the token
 * from the connection file), and serves each on its own {@link Connection}.
 */
public final class RpcServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RpcServer.class.getName());
    private static final String LOOPBACK = "127.0.0.1";

    private final ServerConfig config;
    private final RequestHandler handler;
    private final AtomicLong sessionIds = new AtomicLong();
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final List<ServerSocketChannel> listeners = new ArrayList<>();
    private volatile boolean closed;
    private int tcpPort = -1;

    public RpcServer(ServerConfig config, RequestHandler handler) {
        this.config = config;
        this.handler = handler;
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
            Connection connection = new Connection(sessionIds.incrementAndGet(), channel, handler, config, token);
            connections.add(connection);
            connection.onClose(() -> connections.remove(connection));
            if (closed) {
                connection.close();
                return;
            }
            connection.start();
        }
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
