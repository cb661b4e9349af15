package org.primebatch.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests that start real daemons on a fresh home each: every daemon started is stopped and the home deleted after. */
public abstract class DaemonHomeTest {
    protected Path home;
    /** The test's own files: outside the daemon's home, which no client may name. */
    protected Path scratch;
    private final List<DaemonProcess> daemons = new ArrayList<>();

    @BeforeEach
    void createHome() throws IOException {
        home = Files.createTempDirectory("pb");
        scratch = Files.createTempDirectory("pb-files");
    }

    @AfterEach
    void stopDaemonsAndDeleteHome() throws InterruptedException {
        for (DaemonProcess daemon : daemons) {
            daemon.close();
        }
        DaemonProcess.deleteTree(home);
        DaemonProcess.deleteTree(scratch);
    }

    /** Starts a daemon for this test's home ({@code primebatch daemon ARGS}) and waits until it answers. */
    protected DaemonProcess startDaemon(String... args) throws IOException, InterruptedException {
        DaemonProcess daemon = DaemonProcess.start(home, args);
        daemons.add(daemon);
        return daemon;
    }
}
