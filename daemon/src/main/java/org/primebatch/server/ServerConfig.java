package org.primebatch.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the daemon listens: always on the Unix domain socket {@code socket}; on TCP 127.0.0.1 too when {@code tcp},
 * at {@code tcpPort} (0 picks a free port), announced in {@code connectionFile}.
 *
 * @param outboundQueueSize messages waiting for one client before it counts as too slow; 0 or less means the default
 * @param groupAccess       the socket's folder, the socket and the connection file open to the group as well
 * @param helloTimeout      how long a new connection may take to say {@code session.hello}; null means the default
 * @param maxConnections    connections held at once, in all; 0 or less means the default
 * @param maxPerCaller      connections held at once from one caller (a user id on the Unix socket, TCP as one
 *                          caller); 0 or less means the default
 */
public record ServerConfig(Path socket, boolean tcp, int tcpPort, Path connectionFile, String version, int outboundQueueSize,
                           boolean groupAccess, Duration helloTimeout, int maxConnections, int maxPerCaller) {
    public static final int DEFAULT_OUTBOUND_QUEUE_SIZE = 10_000;
    public static final Duration DEFAULT_HELLO_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_CONNECTIONS = 256;
    public static final int DEFAULT_MAX_PER_CALLER = 64;

    public ServerConfig {
        Objects.requireNonNull(socket, "socket");
        if (tcp) {
            Objects.requireNonNull(connectionFile, "connectionFile");
        }
        version = version == null ? "unknown" : version;
        outboundQueueSize = outboundQueueSize <= 0 ? DEFAULT_OUTBOUND_QUEUE_SIZE : outboundQueueSize;
        helloTimeout = helloTimeout == null || helloTimeout.isNegative() || helloTimeout.isZero()
                ? DEFAULT_HELLO_TIMEOUT : helloTimeout;
        maxConnections = maxConnections <= 0 ? DEFAULT_MAX_CONNECTIONS : maxConnections;
        maxPerCaller = maxPerCaller <= 0 ? DEFAULT_MAX_PER_CALLER : maxPerCaller;
    }

    /** Default hello deadline and connection caps. */
    public ServerConfig(Path socket, boolean tcp, int tcpPort, Path connectionFile, String version, int outboundQueueSize,
                        boolean groupAccess) {
        this(socket, tcp, tcpPort, connectionFile, version, outboundQueueSize, groupAccess, null, 0, 0);
    }

    /** This configuration with another hello deadline and other connection caps. */
    public ServerConfig withConnectionLimits(Duration helloTimeout, int maxConnections, int maxPerCaller) {
        return new ServerConfig(socket, tcp, tcpPort, connectionFile, version, outboundQueueSize, groupAccess,
                helloTimeout, maxConnections, maxPerCaller);
    }

    /** Owner-only files. */
    public ServerConfig(Path socket, boolean tcp, int tcpPort, Path connectionFile, String version, int outboundQueueSize) {
        this(socket, tcp, tcpPort, connectionFile, version, outboundQueueSize, false);
    }

    /** Unix domain socket only, default queue size. */
    public static ServerConfig unix(Path socket, String version) {
        return new ServerConfig(socket, false, 0, null, version, DEFAULT_OUTBOUND_QUEUE_SIZE);
    }
}
