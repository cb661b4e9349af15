package org.primebatch.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List batches, newest first.")
final class ListCommand extends ClientCommand {
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        List<BatchView> batches;
        try (DaemonClient client = connect()) {
            batches = Json.MAPPER.convertValue(client.call(Protocol.BATCH_LIST, Json.object()), new TypeReference<List<BatchView>>() { });
        }
        if (json) {
            printJson(batches);
            return Main.OK;
        }
        // succeeded, failed and cancelled apart: a cancelled batch is not "done 2000"
        out().printf("%6s  %-10s %-9s %-6s %8s %9s %8s %9s %10s  %s%n", "BATCH", "STATE", "PRIORITY", "ENGINE", "TOTAL",
                "SUCCEEDED", "FAILED", "CANCELLED", "CHECK FAIL", "NAME");
        for (BatchView b : batches) {
            Counts c = b.counts();
            out().printf("%6d  %-10s %-9s %-6s %8d %9d %8d %9d %10s  %s%n", b.id(), b.state().word(), b.spec().priority().word(),
                    b.spec().engine(), c.total(), c.succeeded(), c.failed(), c.cancelled(),
                    b.spec().check() == null ? "-" : String.valueOf(c.checkFailed()), b.spec().name());
        }
        return Main.OK;
    }
}
