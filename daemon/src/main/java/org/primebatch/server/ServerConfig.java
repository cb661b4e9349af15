package org.primebatch.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the daemon listens: always on the Unix domain socket {@code socket}; on TCP 127.0.0.1 too when {@code tcp},
 * at {@code tcpPort} (0 picks a free port), announced in {@code connectionFile}.
 *
 * @param outboundQueueSize messages waiting for one client before it counts as too slow; 0 or less means the default
 * @param groupAccess       the socket's folder, the socket and the connection file open to the group as well
 */
public record ServerConfig(Path socket, boolean tcp, int tcpPort, Path connectionFile, String version, int outboundQueueSize,
                           boolean groupAccess) {
    public static final int DEFAULT_OUTBOUND_QUEUE_SIZE = 10_000;

    public ServerConfig {
        Objects.requireNonNull(socket, "socket");
        if (tcp) {
            Objects.requireNonNull(connectionFile, "connectionFile");
        }
        version = version == null ? "unknown" : version;
        outboundQueueSize = outboundQueueSize <= 0 ? DEFAULT_OUTBOUND_QUEUE_SIZE : outboundQueueSize;
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
