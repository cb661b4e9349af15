package org.primebatch.swing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.client.Home;

class DaemonLauncherTest {
    @TempDir
    Path dir;

    @Test
    void aServiceInstallationIsStartedByTheServiceManagerNotByTheClient() throws Exception {
        Home home = new Home(dir);
        DaemonLauncher launcher = new DaemonLauncher(home, MainWindowTest.cli());
        assertThat(launcher.serviceHint()).isEmpty();
        assertThat(launcher.canStart()).isTrue();

        Files.writeString(dir.resolve("service.properties"), "name=primebatch\nstart=sc start primebatch\n");
        assertThat(launcher.serviceHint()).contains("The daemon runs as the service \"primebatch\": start it with sc start primebatch");
        assertThat(launcher.canStart()).isFalse();
    }

    @Test
    void aFailedStartSaysWhy() {
        DaemonLauncher none = new DaemonLauncher(new Home(dir), List.of());
        assertThat(none.canStart()).isFalse();
        assertThatThrownBy(none::start).isInstanceOf(IOException.class).hasMessageContaining("primebatch start");

        // the command line refuses a home it cannot use, and the client shows its words
        Path notAFolder = dir.resolve("file");
        DaemonLauncher broken = new DaemonLauncher(new Home(notAFolder), MainWindowTest.cli());
        assertThatThrownBy(() -> {
            Files.writeString(notAFolder, "x");
            broken.start();
        }).isInstanceOf(IOException.class).hasMessageNotContaining("exit code");
    }
}
