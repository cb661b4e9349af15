package org.primebatch.cli;

import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import picocli.CommandLine.Command;

@Command(name = "stop", description = "Stop the daemon gracefully: running cases go back to the queue.")
final class StopCommand extends ClientCommand {
    private static final long WAIT_MILLIS = 60_000;

    @Override
    public Integer call() throws Exception {
        long pid;
        try (DaemonClient client = connect()) {
            pid = client.call(Protocol.DAEMON_STATUS, Json.object()).path("pid").asLong();
            client.call(Protocol.DAEMON_SHUTDOWN, Json.object());
        }
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            throw new CliFailure(Main.UNREACHABLE, "the daemon (PID " + pid + ") is still stopping after " + WAIT_MILLIS / 1000 + " s; see " + home().log());
        }
        out().println("daemon stopped (PID " + pid + ")");
        return Main.OK;
    }
}
