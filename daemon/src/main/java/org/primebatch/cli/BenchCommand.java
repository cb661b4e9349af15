package org.primebatch.cli;

import org.primebatch.bench.BenchOptions;
import org.primebatch.bench.BenchReport;
import org.primebatch.bench.QueueBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Measure the queue: raw SQLite baseline, end to end through a daemon, submit time, event latency, daemon memory.")
final class BenchCommand extends ClientCommand {
    @Option(names = "--items", paramLabel = "N", description = "items of the raw and end-to-end runs (default: ${DEFAULT-VALUE})")
    int items = BenchOptions.DEFAULT_ITEMS;

    @Option(names = "--submit-items", paramLabel = "N", description = "cases of the batch whose submit is timed (default: ${DEFAULT-VALUE})")
    int submitItems = BenchOptions.DEFAULT_SUBMIT_ITEMS;

    @Option(names = "--slots", paramLabel = "N", description = "echo slots of the daemon started for the run (default: ${DEFAULT-VALUE})")
    int slots = BenchOptions.DEFAULT_SLOTS;

    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (items < 1 || submitItems < 1 || slots < 1 || slots > 256) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--items and --submit-items must be at least 1, --slots between 1 and 256");
        }
        BenchReport report = new QueueBenchmark(new BenchOptions(items, submitItems, slots), DaemonStarter::command, line -> {
            err().println("bench: " + line);
            err().flush();
        }).run();
        if (json) {
            printJson(report);
        } else {
            out().print(report.table());
            out().flush();
        }
        return Main.OK;
    }
}
