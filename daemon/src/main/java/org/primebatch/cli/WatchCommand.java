package org.primebatch.cli;

import org.primebatch.api.BatchView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", description = "Show a batch's progress until it ends.")
final class WatchCommand extends ClientCommand {
    @Parameters(index = "0", paramLabel = "BATCH")
    long batch;

    @Option(names = "--json", description = "progress on stderr, the final batch as JSON on stdout")
    boolean json;

    @Override
    public Integer call() throws Exception {
        connect().close();
        BatchView done = new BatchWatcher(home(), json ? err() : out()).watch(batch);
        if (json) {
            printJson(done);
        }
        return BatchWatcher.exitCode(done);
    }
}
