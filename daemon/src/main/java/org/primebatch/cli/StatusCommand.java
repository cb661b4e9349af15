package org.primebatch.cli;

import org.primebatch.api.DaemonStatus;
import org.primebatch.api.EngineInfo;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", description = "Show the daemon, its engines and the queue.")
final class StatusCommand extends ClientCommand {
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        DaemonStatus status;
        try (DaemonClient client = connect()) {
            status = client.call(Protocol.DAEMON_STATUS, Json.object(), DaemonStatus.class);
        }
        if (json) {
            printJson(status);
            return Main.OK;
        }
        out().printf("daemon   %s %s, PID %d, since %s%n", status.product(), status.version(), status.pid(), status.startedAt());
        out().printf("home     %s%n", status.home());
        for (EngineInfo e : status.engines()) {
            String hosts = e.hosted() ? String.format(", %d hosts alive, %d restarts, %d recycled", e.hostsAlive(), e.restarts(), e.recycled())
                    : ", in the daemon's process";
            out().printf("engine   %-8s %s, version %s, %d slots, %d cases done%s%n", e.name(),
                    e.available() ? "available" : "unavailable: " + e.reason(), e.version(), e.slots(), e.casesDone(), hosts);
        }
        DaemonStatus.QueueTotals q = status.queue();
        out().printf("queue    %d batches: %d pending, %d running, %d succeeded, %d failed, %d cancelled%n",
                q.batches(), q.pending(), q.running(), q.succeeded(), q.failed(), q.cancelled());
        return Main.OK;
    }
}
