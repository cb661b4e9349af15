package org.primebatch.swing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path dir;

    @Test
    void aSecondLaunchAsksTheFirstToShowItselfAndExits() throws Exception {
        Semaphore shown = new Semaphore(0);
        try (SingleInstance first = SingleInstance.claim(dir, shown::release).orElseThrow()) {
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-Dprimebatch.client.dir=" + dir, "-cp", System.getProperty("java.class.path"),
                    DesktopClient.class.getName(), "--home", dir.resolve("home").toString())
                    .redirectErrorStream(true).start();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).as(output).isZero();
            assertThat(output).contains("already running");
            assertThat(shown.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theLockGoesWithTheClientAndALeftoverSocketIsReplaced() throws Exception {
        Files.writeString(dir.resolve("client.sock"), "left by a client that died");
        try (SingleInstance first = SingleInstance.claim(dir, () -> { }).orElseThrow()) {
            assertThat(first).isNotNull();
        }
        try (SingleInstance again = SingleInstance.claim(dir, () -> { }).orElseThrow()) {
            assertThat(List.of(again)).hasSize(1);
        }
    }
}
