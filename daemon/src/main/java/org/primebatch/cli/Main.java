package org.primebatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.primebatch.client.Home;
import org.primebatch.daemon.Daemon;
import org.primebatch.daemon.DaemonLogManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code primebatch} command line. Exit codes: 0 all done, 1 some cases failed, 2 bad usage or input, 3 no daemon or engine. */
@Command(name = "primebatch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Runs Mathcad Prime worksheets in batches.",
        subcommands = {
            DaemonCommand.class, StartCommand.class, StopCommand.class, StatusCommand.class,
            SubmitCommand.class, RunCommand.class, ListCommand.class, ShowCommand.class, WatchCommand.class,
            CancelCommand.class, RetryCommand.class, PauseCommand.class, ResumeCommand.class, DeleteCommand.class,
            ResultsCommand.class, InspectCommand.class, CheckCommand.class, RpcCommand.class, BenchCommand.class, DiagnoseCommand.class, CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CASES_FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int UNREACHABLE = 3;

    @Option(names = "--home", paramLabel = "DIR",
            description = "daemon home (default: $PRIMEBATCH_HOME, else a per-user data folder)")
    Path home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Home home() {
        return Home.resolve(home);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        // the class literal loads the class without initialising it, so the JDK's log manager is not created yet
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", DaemonLogManager.class.getName());
        }
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setParameterExceptionHandler((ex, line) -> {
            err.println("primebatch: " + ex.getMessage());
            err.println("Try 'primebatch " + (ex.getCommandLine().getCommandName().equals("primebatch") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"primebatch " + Daemon.version()};
        }
    }
}
