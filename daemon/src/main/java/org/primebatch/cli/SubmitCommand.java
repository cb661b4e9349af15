package org.primebatch.cli;

import org.primebatch.api.BatchView;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "submit", description = "Queue a batch: one case per row of the case file. Prints the batch id.")
final class SubmitCommand extends ClientCommand {
    @Mixin
    SubmitOptions options;

    @Override
    public Integer call() {
        var request = options.request();
        BatchView batch;
        try (DaemonClient client = connect()) {
            if (options.dryRun) {
                return DryRun.run(this, client, request, options.json);
            }
            batch = client.call(Protocol.BATCH_SUBMIT, request, BatchView.class);
        }
        if (options.json) {
            printJson(batch);
        } else {
            out().println("batch " + batch.id() + " queued: " + batch.counts().total() + " cases on " + EngineText.of(batch.spec())
                    + ", output in " + batch.spec().outDir());
        }
        return Main.OK;
    }
}
