package org.primebatch.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.cli.Main;
import org.primebatch.client.Home;
import org.primebatch.mcdx.testing.Examples;
import org.primebatch.report.PoiTempFiles;
import org.primebatch.testing.DaemonProcess;

/**
 * The home of a real daemon, started under a permissive umask as a user's shell would: whatever the umask and the
 * modes found at start, the home is its owner's only (or its group's, read-only, with {@code --group-access}), and
 * POI's temporary files do not go through the machine's shared {@code poifiles} folder.
 */
class HomeModesTest {
    @TempDir
    Path root;
    Path home;
    Path tmp;
    Process daemon;

    @BeforeEach
    void posixOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        home = root.resolve("home");
        tmp = Files.createDirectories(root.resolve("tmp"));
        // another user's poifiles folder this daemon cannot write into (a file in its place when the tests run as root)
        Path poifiles = tmp.resolve("poifiles");
        if ("root".equals(System.getProperty("user.name"))) {
            Files.writeString(poifiles, "not a folder");
        } else {
            Files.createDirectory(poifiles, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (daemon != null && daemon.isAlive()) {
            daemon.destroyForcibly();
            daemon.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aLooseHomeIsTightenedAndEverythingInItIsTheOwnersOnly() throws Exception {
        Files.createDirectories(home, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path logs = Files.createDirectories(home.resolve("logs"));
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxrwxr-x"));
        Files.writeString(logs.resolve("daemon.log"), "an earlier daemon's line\n");
        Files.setPosixFilePermissions(logs.resolve("daemon.log"), PosixFilePermissions.fromString("rw-r--r--"));

        start("022");
        Path outDir = runBatch();

        assertModes("rwx------", "rw-------");
        assertThat(Files.readString(logs.resolve("daemon.log")))
                .contains("tightened the mode of " + home + " (rwxr-xr-x to rwx------)")
                .contains("tightened the mode of " + logs + " (rwxrwxr-x to rwx------)")
                .contains("tightened the mode of " + logs.resolve("daemon.log") + " (rw-r--r-- to rw-------)");
        assertThat(log()).doesNotContain("cannot write the summary files");
        assertThat(outDir.resolve("results.xlsx")).isNotEmptyFile();
        assertThat(home.resolve("tmp")).isDirectory();
        assertThat(mode(home.resolve("tmp"))).isEqualTo("rwx------");
    }

    @Test
    void aNewHomeUnderAPermissiveUmaskIsTheOwnersOnlyAndNothingIsReportedTightened() throws Exception {
        start("000");
        Path outDir = runBatch();

        assertModes("rwx------", "rw-------");
        assertThat(Files.readString(home.resolve("logs/daemon.log"))).doesNotContain("tightened");
        assertThat(log()).doesNotContain("cannot write the summary files");
        assertThat(outDir.resolve("results.xlsx")).isNotEmptyFile();
    }

    @Test
    void withGroupAccessTheGroupReadsWhateverTheUmask() throws Exception {
        start("077", "--group-access");
        runBatch();

        assertModes("rwxr-x---", "rw-r-----");
    }

    @Test
    void aHomeThatIsALinkHasItsFolderTightened() throws IOException {
        Path folder = Files.createDirectories(root.resolve("elsewhere"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(folder.resolve("queue.db"), "");
        Files.setPosixFilePermissions(folder.resolve("queue.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(root.resolve("link"), folder);

        HomeModes modes = new HomeModes(false);
        modes.secure(link);

        assertThat(mode(folder)).isEqualTo("rwx------");
        assertThat(mode(folder.resolve("queue.db"))).isEqualTo("rw-------");
        assertThat(modes.takeTightened()).containsExactlyInAnyOrder(folder.toRealPath() + " (rwxr-xr-x to rwx------)",
                link.resolve("queue.db") + " (rw-r--r-- to rw-------)");
    }

    @Test
    void poiWritesItsTemporaryFilesInTheFolderItIsGiven() throws IOException {
        Path folder = home.resolve("tmp");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("poi-sxssf-sheet-left.xml"), "left by a killed daemon");
        PoiTempFiles.useFolder(folder);
        try {
            assertThat(TempFile.createTempFile("poi-test", ".tmp").toPath().getParent()).isEqualTo(folder);
            assertThat(mode(folder)).isEqualTo("rwx------");
            assertThat(folder.resolve("poi-sxssf-sheet-left.xml")).doesNotExist();
        } finally {
            TempFile.setTempFileCreationStrategy(new org.apache.poi.util.DefaultTempFileCreationStrategy());
        }
    }

    private void start(String umask, String... args) throws Exception {
        Home h = new Home(home);
        List<String> command = new ArrayList<>(DaemonChild.command(Main.class.getName(), h, List.of(args)));
        command.add(1, "-Djava.io.tmpdir=" + tmp);
        List<String> line = new ArrayList<>(List.of("sh", "-c", "umask " + umask + "; exec \"$@\"", "sh"));
        line.addAll(command);
        daemon = DaemonChild.start(line, h, root.resolve("daemon.out"), Duration.ofSeconds(60), false);
    }

    /** Runs a batch of the beam example to its end, summary files included; returns its output folder. */
    private Path runBatch() throws Exception {
        Path worksheet = Files.copy(Examples.beamWorksheet(), Files.createDirectories(root.resolve("sheets")).resolve("beam.mcdx"));
        List<String> beams = Files.readAllLines(Examples.beamCases()).subList(0, 3);
        Path cases = Files.writeString(root.resolve("cases.csv"), String.join("\n", beams) + "\n");
        Path outDir = root.resolve("out");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "--home", home.toString(), "run",
                worksheet.toString(), "--cases", cases.toString(), "--out", outDir.toString());
        assertThat(code).as("run: %s%s", out, err).isZero();
        DaemonProcess.await("the batch's summary files", Duration.ofSeconds(60), () -> {
            String log = log();
            return log.contains("finished; wrote") || log.contains("cannot write the summary files");
        });
        return outDir;
    }

    private void assertModes(String dirMode, String fileMode) throws IOException {
        assertThat(mode(home)).as("the home").isEqualTo(dirMode);
        assertThat(mode(home.resolve("logs"))).as("logs/").isEqualTo(dirMode);
        assertThat(mode(home.resolve("run"))).as("run/").isEqualTo(dirMode);
        for (String file : List.of("queue.db", "queue.db-wal", "queue.db-shm", "logs/daemon.log", "run/daemon.lock")) {
            assertThat(home.resolve(file)).as(file).exists();
            assertThat(mode(home.resolve(file))).as(file).isEqualTo(fileMode);
        }
    }

    private String log() {
        try {
            return Files.readString(home.resolve("logs/daemon.log"));
        } catch (IOException e) {
            return "";
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
