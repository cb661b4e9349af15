package org.primebatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.primebatch.api.Json;
import org.primebatch.bench.BenchOptions;
import org.primebatch.bench.BenchReport;
import org.primebatch.bench.CasesBenchmark;
import org.primebatch.bench.HostBenchmark;
import org.primebatch.bench.NativeBenchmark;
import org.primebatch.bench.QueueBenchmark;
import org.primebatch.engine.EngineException;
import org.primebatch.mcdx.McdxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", subcommands = {BenchCommand.Native.class, BenchCommand.Hosts.class, BenchCommand.Cases.class}, description = "Measure the queue: raw SQLite baseline, end to end through a daemon, submit time, event latency, daemon memory.")
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

    /** What the bench subcommands share: progress lines on stderr, and the report as a table or as JSON. */
    abstract static class Measurement implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "one JSON document on stdout")
        boolean json;

        Consumer<String> progress() {
            return line -> {
                spec.commandLine().getErr().println("bench: " + line);
                spec.commandLine().getErr().flush();
            };
        }

        int print(Object report, String table) throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n" : table);
            out.flush();
            return Main.OK;
        }
    }

    @Command(name = "cases", description = "Measure case tables and result files: parse a generated CSV and XLSX, write a results workbook, each with its peak heap.")
    static final class Cases extends Measurement {
        @Option(names = "--rows", paramLabel = "N", description = "rows of each file (default: ${DEFAULT-VALUE})")
        int rows = 100_000;

        @Override
        public Integer call() throws Exception {
            if (rows < 1 || rows > 1_000_000) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--rows must be between 1 and 1000000");
            }
            CasesBenchmark.Report report = new CasesBenchmark(rows, progress()).run();
            return print(report, report.table());
        }
    }

    @Command(name = "hosts", description = "Measure engine hosts: per-case overhead against in-process, host start, detecting and replacing a dead host.")
    static final class Hosts extends Measurement {
        @Option(names = "--cases", paramLabel = "N", description = "cases measured each way (default: ${DEFAULT-VALUE})")
        int cases = 20_000;

        @Option(names = "--kills", paramLabel = "N", description = "hosts killed to time detection and replacement (default: ${DEFAULT-VALUE})")
        int kills = 5;

        @Override
        public Integer call() throws Exception {
            if (cases < 1 || kills < 1 || kills > 100) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--cases must be at least 1, --kills between 1 and 100");
            }
            HostBenchmark.Report report = new HostBenchmark(cases, kills, progress()).run();
            return print(report, report.table());
        }
    }

    @Command(name = "native", description = "Measure the native engine on a worksheet: cases evaluated per second on one thread.")
    static final class Native extends Measurement {
        @Parameters(paramLabel = "SHEET", arity = "0..1", description = "a worksheet the native engine runs")
        Path sheet;

        @Option(names = "--regions", paramLabel = "N", description = "instead of SHEET, a generated worksheet of N math regions")
        Integer regions;

        @Option(names = "--solving", description = "instead of SHEET, a generated worksheet that finds a root and solves a solve block in every case")
        boolean solving;

        @Option(names = "--cases", paramLabel = "N", description = "cases measured (default: ${DEFAULT-VALUE})")
        int cases = 20_000;

        @Override
        public Integer call() throws Exception {
            if (cases < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--cases must be at least 1");
            }
            int sources = (sheet == null ? 0 : 1) + (regions == null ? 0 : 1) + (solving ? 1 : 0);
            if (sources != 1 || (regions != null && (regions < 2 || regions > 100_000))) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "give one of SHEET, --regions N (2 to 100000) or --solving");
            }
            NativeBenchmark.Report report;
            try {
                report = regions != null ? NativeBenchmark.onSynthetic(regions, cases, progress())
                        : solving ? NativeBenchmark.onSolving(cases, progress())
                        : new NativeBenchmark(sheet.toAbsolutePath().normalize(), cases, progress()).run();
            } catch (EngineException | McdxException e) {
                throw new CliFailure(Main.BAD_INPUT, e.getMessage());
            }
            return print(report, report.table());
        }
    }
}
