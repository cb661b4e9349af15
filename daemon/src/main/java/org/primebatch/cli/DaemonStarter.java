package org.primebatch.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.client.Home;
import org.primebatch.daemon.Daemon;

/** Starts a daemon for a home in the background, with this process's Java and class path, and waits until it answers. */
final class DaemonStarter {
    static final long WAIT_MILLIS = 10_000;

    private DaemonStarter() {
    }

    /** True when a daemon answers for this home. */
    static boolean answers(Home home) {
        try (DaemonClient client = DaemonClient.connect(Endpoint.forHome(home), "primebatch-cli")) {
            return client.isOpen();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Starts a daemon unless one answers; returns the PID started, or -1 when one was already running. */
    static long ensureRunning(Home home, List<String> daemonArgs) throws IOException {
        if (answers(home)) {
            return -1;
        }
        Files.createDirectories(home.logsDir());
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            command.add("/usr/bin/setsid"); // its own session: closing the terminal does not hang it up
        }
        command.addAll(command(home, daemonArgs));
        Path console = home.logsDir().resolve("daemon.out");
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
                .redirectErrorStream(true)
                .start();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (answers(home)) {
                return process.pid();
            }
            if (!process.isAlive()) {
                throw new CliFailure(Main.UNREACHABLE, "the daemon exited at start with code " + process.exitValue()
                        + lastLine(console) + "; see " + home.log() + " and " + console);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new CliFailure(Main.UNREACHABLE, "the daemon did not answer within " + WAIT_MILLIS / 1000 + " s; see " + home.log()
                + " and " + console);
    }

    /** The command that runs a daemon for {@code home}: this process's Java and class path, the daemon's JVM options. */
    static List<String> command(Home home, List<String> daemonArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Daemon.JVM_OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.add("--home");
        command.add(home.dir().toString());
        command.add("daemon");
        command.addAll(daemonArgs);
        return command;
    }

    private static String lastLine(Path console) {
        try {
            List<String> lines = Files.readAllLines(console);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return ": " + lines.get(i).trim();
                }
            }
        } catch (IOException ignored) {
            // the log path is printed anyway
        }
        return "";
    }
}
