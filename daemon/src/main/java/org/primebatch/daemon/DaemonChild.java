package org.primebatch.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.client.Home;

/**
 * A daemon started in a child process, and the wait until it answers: how the command line's {@code start} and
 * {@code run}, the benchmarks and the tests all start one.
 */
public final class DaemonChild {
    private static final String NULL_DEVICE = System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    private static final File SETSID = new File("/usr/bin/setsid");

    private DaemonChild() {
    }

    /** Why a daemon did not come up: it exited, or it did not answer in time; the message names its console. */
    public static final class StartFailure extends IOException {
        StartFailure(String message) {
            super(message);
        }
    }

    /**
     * The command that runs a daemon for {@code home} with this process's Java and class path and the daemon's JVM
     * options; {@code main} is the command line's entry class.
     */
    public static List<String> command(String main, Home home, List<String> daemonArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Daemon.JVM_OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main);
        command.add("--home");
        command.add(home.dir().toString());
        command.add("daemon");
        command.addAll(daemonArgs);
        return command;
    }

    /**
     * Runs {@code command} with its output appended to {@code console} and waits until a daemon answers for
     * {@code home}; a daemon that exits first or does not answer within {@code limit} is a {@link StartFailure}.
     * {@code detached}: the daemon is meant to outlive this process, in a session of its own where the system can (so
     * that closing the terminal does not hang it up), and one that does not answer in time is left running, its log
     * may tell why; otherwise it is this process's daemon, ended when it does not answer.
     */
    public static Process start(List<String> command, Home home, Path console, Duration limit, boolean detached)
            throws IOException, InterruptedException {
        createOwnerOnly(console.toAbsolutePath());
        List<String> line = new ArrayList<>();
        if (detached && SETSID.canExecute()) {
            line.add(SETSID.getPath());
        }
        line.addAll(command);
        Process process = new ProcessBuilder(line)
                .redirectInput(ProcessBuilder.Redirect.from(new File(NULL_DEVICE)))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
                .redirectErrorStream(true)
                .start();
        try {
            awaitAnswer(process, home, console, limit);
            return process;
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (!detached) {
                process.destroyForcibly();
            }
            throw e;
        }
    }

    /**
     * Creates the console file and its missing folders readable by their owner only, before the daemon (which sets
     * the home's modes) runs: the console holds what the daemon prints.
     */
    private static void createOwnerOnly(Path console) throws IOException {
        if (!HomeModes.posix()) {
            Files.createDirectories(console.getParent());
            return;
        }
        Files.createDirectories(console.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        if (!Files.exists(console)) {
            try {
                Files.createFile(console, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (java.nio.file.FileAlreadyExistsException ignored) {
                // another start made it first
            }
        }
    }

    private static void awaitAnswer(Process process, Home home, Path console, Duration limit)
            throws StartFailure, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (answers(home, "primebatch-start")) {
                return;
            }
            if (!process.isAlive()) {
                throw new StartFailure("the daemon exited at start with code " + process.exitValue() + lastLine(console)
                        + "; see " + home.log() + " and " + console);
            }
            Thread.sleep(50);
        }
        throw new StartFailure("the daemon did not answer within " + limit.toSeconds() + " s; see " + home.log() + " and " + console);
    }

    /** True when a daemon of {@code home} completes the handshake. */
    public static boolean answers(Home home, String clientName) {
        try (DaemonClient client = DaemonClient.connect(Endpoint.forHome(home), clientName)) {
            return client.isOpen();
        } catch (IOException | RuntimeException e) {
            return false;
        }
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
            // the console's path is in the message anyway
        }
        return "";
    }
}
