package org.primebatch.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.primebatch.wire.ConnectionInfo;

/** Where a daemon listens: a Unix domain socket ({@code socket} set), or TCP with the token it wants. */
public record Endpoint(Path socket, String host, int port, String token) {
    public static Endpoint unix(Path socket) {
        return new Endpoint(socket, null, 0, null);
    }

    public static Endpoint tcp(String host, int port, String token) {
        return new Endpoint(null, host, port, token);
    }

    /**
     * The home's socket if it exists, else TCP as its connection file says, else the socket anyway (connecting then
     * fails with a message that names it).
     */
    public static Endpoint forHome(Home home) {
        if (Files.exists(home.socket()) || !Files.exists(home.connectionFile())) {
            return unix(home.socket());
        }
        try {
            return tcpForHome(home);
        } catch (IOException e) {
            return unix(home.socket());
        }
    }

    /** TCP as the home's connection file says. */
    public static Endpoint tcpForHome(Home home) throws IOException {
        ConnectionInfo info = ConnectionInfo.read(home.connectionFile());
        return tcp(info.host(), info.port(), info.token());
    }

    public boolean isUnix() {
        return socket != null;
    }

    /** The socket path or host:port, for messages. */
    public String describe() {
        return isUnix() ? socket.toString() : host + ":" + port;
    }

    @Override
    public String toString() {
        return "Endpoint[" + describe() + (token == null ? "" : ", token hidden") + "]";
    }
}
