package org.primebatch.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "start", description = "Start the daemon in the background and wait until it answers (at most 10 s).")
final class StartCommand extends ClientCommand {
    @Option(names = "--tcp", description = "also listen on 127.0.0.1")
    boolean tcp;

    @Override
    public Integer call() throws Exception {
        List<String> args = new ArrayList<>();
        if (tcp) {
            args.add("--tcp");
        }
        long pid = DaemonStarter.ensureRunning(home(), args);
        out().println(pid < 0 ? "a daemon already runs for " + home().dir() : "daemon started for " + home().dir() + " (PID " + pid + ")");
        return Main.OK;
    }
}
