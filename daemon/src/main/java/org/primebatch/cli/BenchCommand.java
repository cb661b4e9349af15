package org.primebatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Measure the queue: raw SQLite baseline, end to end through a daemon, submit time, event latency, daemon memory.")
final class BenchCommand extends ClientCommand {
    @Option(names = "--items", paramLabel = "N", description = "items per run (default: ${DEFAULT-VALUE})")
    int items = 10_000;

    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() throws Exception {
        throw new CliFailure(Main.BAD_INPUT, "not built yet");
    }
}
