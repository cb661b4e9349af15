package org.primebatch.cli;

import java.util.concurrent.Callable;
import org.primebatch.daemon.Daemon;
import org.primebatch.daemon.DaemonOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "daemon", description = "Run the daemon in the foreground (SIGTERM or Ctrl-C stops it gracefully).")
final class DaemonCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--tcp", description = "also listen on 127.0.0.1 (port and token in run/connection.json)")
    boolean tcp;

    @Option(names = "--tcp-port", paramLabel = "PORT", description = "TCP port (default: any free one)")
    int tcpPort;

    @Option(names = "--slots", paramLabel = "N", description = "cases the echo engine runs at once (default: ${DEFAULT-VALUE})")
    int slots = DaemonOptions.DEFAULT_ECHO_SLOTS;

    @Option(names = "--in-process", description = "run the engines inside the daemon rather than in engine hosts (child processes)")
    boolean inProcess;

    @Option(names = "--group-access", description = "let the home's group connect (run/ 0750, socket 0660) for a service shared by several users")
    boolean groupAccess;

    @Option(names = "--event-retention-days", paramLabel = "DAYS", description = "how long events are kept (default: ${DEFAULT-VALUE})")
    int retentionDays = 7;

    @Override
    public Integer call() throws Exception {
        if (slots < 1 || slots > 256) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--slots must be between 1 and 256");
        }
        DaemonOptions defaults = DaemonOptions.defaults(main.home());
        DaemonOptions options = new DaemonOptions(defaults.home(), tcp, tcpPort, slots,
                java.time.Duration.ofDays(retentionDays), defaults.logMaxBytes(), inProcess, groupAccess);
        Daemon daemon;
        try {
            daemon = Daemon.start(options);
        } catch (java.io.IOException e) {
            throw new CliFailure(Main.UNREACHABLE, e.getMessage());
        }
        spec.commandLine().getOut().println("primebatch daemon " + Daemon.version() + " running for " + options.home().dir()
                + " (PID " + ProcessHandle.current().pid() + ")");
        spec.commandLine().getOut().flush();
        daemon.runUntilStopped();
        return Main.OK;
    }
}
