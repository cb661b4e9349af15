package org.primebatch.daemon;

import java.time.Duration;
import org.primebatch.client.Home;

/**
 * How a daemon runs.
 *
 * @param tcp            also listen on 127.0.0.1 (port and token in {@code run/connection.json})
 * @param tcpPort        the TCP port, 0 for any free one
 * @param echoSlots      cases the echo engine runs at once
 * @param eventRetention how long events are kept for clients that reconnect
 * @param logMaxBytes    size at which {@code logs/daemon.log} is rolled
 * @param inProcess      run every engine inside the daemon rather than in engine hosts (tests, benchmarks)
 * @param groupAccess    let the members of the home's group connect: {@code run/} 0750, the socket 0660 and the
 *                       connection file 0640 instead of owner only (a system service shared by several users)
 */
public record DaemonOptions(Home home, boolean tcp, int tcpPort, int echoSlots, Duration eventRetention, long logMaxBytes,
                            boolean inProcess, boolean groupAccess) {
    public static final int DEFAULT_ECHO_SLOTS = 2;

    public static DaemonOptions defaults(Home home) {
        return new DaemonOptions(home, false, 0, DEFAULT_ECHO_SLOTS, Duration.ofDays(7), 10L * 1024 * 1024, false, false);
    }
}
