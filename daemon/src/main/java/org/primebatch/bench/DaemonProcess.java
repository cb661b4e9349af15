package org.primebatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.client.Home;
import org.primebatch.daemon.DaemonChild;

/** A real daemon in a child process (this process's Java and class path) for one home; stopped by {@link #close}. */
final class DaemonProcess implements AutoCloseable {
    static final String CLIENT_NAME = "primebatch-bench";
    private static final Duration START = Duration.ofSeconds(20);
    private static final long STOP_SECONDS = 30;

    private final Home home;
    private final Process process;

    private DaemonProcess(Home home, Process process) {
        this.home = home;
        this.process = process;
    }

    static DaemonProcess start(DaemonLauncher launcher, Home home, int slots) throws IOException, InterruptedException {
        List<String> command = launcher.command(home, List.of("--slots", Integer.toString(slots), "--in-process"));
        Process process = DaemonChild.start(command, home, home.logsDir().resolve("daemon.out"), START, false);
        return new DaemonProcess(home, process);
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
}
