package org.primebatch.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.primebatch.api.BatchView;
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
        out().printf("%6s  %-10s %-9s %-6s %8s %8s %8s  %s%n", "BATCH", "STATE", "PRIORITY", "ENGINE", "TOTAL", "DONE", "FAILED", "NAME");
        for (BatchView b : batches) {
            out().printf("%6d  %-10s %-9s %-6s %8d %8d %8d  %s%n", b.id(), b.state().word(), b.spec().priority().word(),
                    b.spec().engine(), b.counts().total(), b.counts().done(), b.counts().failed(), b.spec().name());
        }
        return Main.OK;
    }
}
