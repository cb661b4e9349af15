package org.primebatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.client.Home;
import org.primebatch.daemon.Daemon;
import org.primebatch.daemon.DaemonOptions;

/** Who may reach a daemon: its owner only, or with group access the members of the home's group as well. */
class ConnectionFilesTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheOwnerByDefault() throws Exception {
        Home home = new Home(dir.resolve("home"));
        try (Daemon daemon = Daemon.start(options(home, false))) {
            assertThat(mode(home.runDir())).isEqualTo("rwx------");
            assertThat(mode(home.socket())).isEqualTo("rw-------");
            assertThat(mode(home.connectionFile())).isEqualTo("rw-------");
            try (DaemonClient client = DaemonClient.connect(Endpoint.forHome(home), "test")) {
                assertThat(client.isOpen()).isTrue();
            }
        }
    }

    @Test
    void theGroupToo() throws Exception {
        Home home = new Home(dir.resolve("home"));
        try (Daemon daemon = Daemon.start(options(home, true))) {
            assertThat(mode(home.runDir())).isEqualTo("rwxr-x---");
            assertThat(mode(home.socket())).isEqualTo("rw-rw----");
            assertThat(mode(home.connectionFile())).isEqualTo("rw-r-----");
            try (DaemonClient client = DaemonClient.connect(Endpoint.tcpForHome(home), "test")) {
                assertThat(client.isOpen()).isTrue();
            }
        }
    }

    private static DaemonOptions options(Home home, boolean groupAccess) {
        return new DaemonOptions(home, true, 0, 1, Duration.ofDays(1), 1 << 20, true, groupAccess);
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
