package org.primebatch.cli;

import java.util.List;
import org.primebatch.api.BatchView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", description = "Submit a batch and show its progress until it ends; starts a daemon for this home when none runs.")
final class RunCommand extends ClientCommand {
    @Mixin
    SubmitOptions options;

    @Override
    public Integer call() throws Exception {
        var request = options.request();
        long started = DaemonStarter.ensureRunning(home(), List.of());
        if (started > 0 && !options.json) {
            out().println("started a daemon for " + home().dir() + " (PID " + started + ")");
        }
        BatchView batch;
        try (DaemonClient client = connect()) {
            if (options.dryRun) {
                return DryRun.run(this, client, request, options.json);
            }
            batch = client.call(Protocol.BATCH_SUBMIT, request, BatchView.class);
        }
        if (!options.json) {
            out().println("batch " + batch.id() + " queued: " + batch.counts().total() + " cases on " + EngineText.of(batch.spec()));
        }
        BatchView done = new BatchWatcher(home(), options.json ? err() : out()).watch(batch.id());
        String table;
        try (DaemonClient client = connect()) {
            table = client.call(Protocol.BATCH_RESULTS, Json.object().put("batch", batch.id()).put("format", "csv")).path("path").asText();
        }
        if (!options.json) {
            out().println("results  " + table);
        }
        if (options.json) {
            printJson(done);
        }
        return BatchWatcher.exitCode(done);
    }
}
