package org.primebatch.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.primebatch.client.Home;
import org.primebatch.daemon.DaemonChild;

/** Starts a daemon for a home in the background, with this process's Java and class path, and waits until it answers. */
final class DaemonStarter {
    static final Duration WAIT = Duration.ofSeconds(10);

    private DaemonStarter() {
    }

    /** True when a daemon answers for this home. */
    static boolean answers(Home home) {
        return DaemonChild.answers(home, "primebatch-cli");
    }

    /** Starts a daemon unless one answers; returns the PID started, or -1 when one was already running. */
    static long ensureRunning(Home home, List<String> daemonArgs) throws IOException {
        if (answers(home)) {
            return -1;
        }
        try {
            return DaemonChild.start(command(home, daemonArgs), home, home.logsDir().resolve("daemon.out"), WAIT, true).pid();
        } catch (DaemonChild.StartFailure e) {
            throw new CliFailure(Main.UNREACHABLE, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(Main.UNREACHABLE, "interrupted while the daemon was starting; see " + home.log());
        }
    }

    /** The command that runs a daemon for {@code home}: this process's Java and class path, the daemon's JVM options. */
    static List<String> command(Home home, List<String> daemonArgs) {
        return DaemonChild.command(Main.class.getName(), home, daemonArgs);
    }
}
