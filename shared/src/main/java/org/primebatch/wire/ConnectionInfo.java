package org.primebatch.wire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.primebatch.api.Json;

/** Contents of {@code run/connection.json}: where the daemon listens on TCP and the token it wants. */
public record ConnectionInfo(String host, int port, String token, long pid) {
    public static ConnectionInfo read(Path file) throws IOException {
        try {
            ConnectionInfo info = Json.MAPPER.readValue(Files.readAllBytes(file), ConnectionInfo.class);
            if (info.host() == null || info.port() <= 0 || info.token() == null) {
                throw new IOException("incomplete");
            }
            return info;
        } catch (IOException e) {
            throw new IOException("cannot read daemon connection file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ConnectionInfo[host=" + host + ", port=" + port + ", pid=" + pid + "]";
    }
}
