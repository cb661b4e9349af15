package org.primebatch.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.client.Home;

/** A real daemon in a child process (this process's Java and class path) for one home; stopped by {@link #close}. */
final class DaemonProcess implements AutoCloseable {
    static final String CLIENT_NAME = "primebatch-bench";
    private static final long START_MILLIS = 20_000;
    private static final long STOP_SECONDS = 30;

    private final Home home;
    private final Process process;

    private DaemonProcess(Home home, Process process) {
        this.home = home;
        this.process = process;
    }

    static DaemonProcess start(DaemonLauncher launcher, Home home, int slots) throws IOException, InterruptedException {
        Files.createDirectories(home.logsDir());
        Process process = new ProcessBuilder(launcher.command(home, List.of("--slots", Integer.toString(slots), "--in-process")))
                .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.logsDir().resolve("daemon.out").toFile()))
                .redirectErrorStream(true)
                .start();
        DaemonProcess daemon = new DaemonProcess(home, process);
        try {
            daemon.awaitAnswer();
        } catch (IOException | InterruptedException | RuntimeException e) {
            daemon.close();
            throw e;
        }
        return daemon;
    }

    private void awaitAnswer() throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + START_MILLIS;
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("the bench daemon exited at start with code " + process.exitValue() + "; see " + home.logsDir());
            }
            try (DaemonClient probe = connect()) {
                return;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("the bench daemon did not answer within " + START_MILLIS / 1000 + " s; see " + home.logsDir(), e);
                }
                Thread.sleep(50);
            }
        }
    }

    DaemonClient connect() throws IOException {
        return DaemonClient.connect(Endpoint.unix(home.socket()), CLIENT_NAME);
    }

    long pid() {
        return process.pid();
    }

    /** The daemon's peak resident set ({@code VmHWM}) in bytes, where {@code /proc} tells it. */
    OptionalLong peakRssBytes() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024); // always reported in kB
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** Asks the daemon to stop and waits for it; kills it only when it does not exit in time. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            try (DaemonClient client = connect()) {
                client.call(Protocol.DAEMON_SHUTDOWN, null);
            } catch (IOException | RuntimeException e) {
                process.destroy();
            }
        }
        if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(STOP_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
