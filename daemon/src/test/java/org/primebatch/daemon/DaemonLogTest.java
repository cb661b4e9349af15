package org.primebatch.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonLogTest {
    @TempDir
    Path logs;

    @Test
    void rollsBySizeAndKeepsOnlyTheNewestFiles() throws Exception {
        DaemonLog log = DaemonLog.install(logs, 1_000, 2);
        try {
            for (int i = 0; i < 100; i++) {
                log.publish(new LogRecord(Level.INFO, "line " + i + " " + "x".repeat(40)));
            }
        } finally {
            log.close();
        }
        assertThat(logs.resolve("daemon.log")).exists();
        assertThat(logs.resolve("daemon.log.1")).exists();
        assertThat(logs.resolve("daemon.log.2")).exists();
        assertThat(logs.resolve("daemon.log.3")).doesNotExist();
        assertThat(Files.size(logs.resolve("daemon.log"))).isLessThanOrEqualTo(1_000);
        assertThat(Files.readString(logs.resolve("daemon.log"))).contains("line 99");
        assertThat(Files.readString(logs.resolve("daemon.log.1"))).doesNotContain("line 99");
    }
}
