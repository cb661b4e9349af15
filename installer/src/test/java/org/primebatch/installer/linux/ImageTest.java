package org.primebatch.installer.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.cli.Main;
import org.primebatch.client.Home;
import org.primebatch.daemon.Daemon;
import org.primebatch.swing.app.DesktopClient;

/**
 * The jpackage app-image the {@code image} profile builds (target/image/primebatch): its launchers run, and its
 * daemon calculates a real batch. Runs only in that profile, which sets {@code primebatch.image}.
 */
@EnabledIfSystemProperty(named = "primebatch.image", matches = ".+")
class ImageTest {
    static final Path IMAGE = Path.of(System.getProperty("primebatch.image", "target/image/primebatch"));
    static final Path CLI = IMAGE.resolve("bin/primebatch");
    static final Path EXAMPLE = Path.of("../examples/beam");

    @TempDir
    Path dir;

    @AfterEach
    void stopDaemon() throws Exception {
        Run.of(List.of(CLI.toString(), "--home", dir.resolve("home").toString(), "stop"));
    }

    @Test
    void commandLinePrintsItsVersion() throws Exception {
        Run version = Run.of(List.of(CLI.toString(), "--version"));

        assertThat(version.exitCode()).as(version.output()).isZero();
        assertThat(version.output().strip()).isEqualTo("primebatch " + System.getProperty("primebatch.version"));
    }

    @Test
    void eachLauncherHasItsOwnJarAndOptions() throws IOException {
        IniFile cli = IniFile.read(IMAGE.resolve("lib/app/primebatch.cfg"));
        IniFile client = IniFile.read(IMAGE.resolve("lib/app/primebatch-desktop.cfg"));

        assertThat(cli.all("Application", "app.classpath")).containsExactly("$APPDIR/primebatch.jar");
        assertThat(cli.require("Application", "app.mainclass")).isEqualTo(Main.class.getName());
        assertThat(cli.all("JavaOptions", "java-options")).containsSubsequence(Daemon.JVM_OPTIONS);
        assertThat(client.all("Application", "app.classpath")).containsExactly("$APPDIR/primebatch-desktop.jar");
        assertThat(client.require("Application", "app.mainclass")).isEqualTo(DesktopClient.class.getName());
        assertThat(client.all("JavaOptions", "java-options")).contains("-Dprimebatch.cli=$BINDIR/primebatch");
        assertThat(IMAGE.resolve("bin/primebatch-desktop")).isExecutable();
        // the daemon starts engine hosts, and `start` a daemon, with the runtime's own java
        assertThat(IMAGE.resolve("lib/runtime/bin/java")).isExecutable();
    }

    @Test
    void everyUserCanReadTheImageAndRunItsLaunchers() throws IOException {
        // the system service runs as its own user and the client as whoever logs in, not as the installing root
        List<String> privateToItsOwner;
        try (var files = Files.walk(IMAGE)) {
            privateToItsOwner = files.filter(path -> !Files.isSymbolicLink(path))
                    .filter(path -> !permissions(path).containsAll(Files.isDirectory(path)
                            ? Set.of(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE)
                            : Set.of(PosixFilePermission.OTHERS_READ)))
                    .map(path -> IMAGE.relativize(path) + " " + PosixFilePermissions.toString(permissions(path)))
                    .toList();
        }
        assertThat(privateToItsOwner).isEmpty();
        for (String program : List.of("bin/primebatch", "bin/primebatch-desktop", "lib/runtime/bin/java",
                "lib/linux/install-linux.sh")) {
            assertThat(permissions(IMAGE.resolve(program))).as(program).contains(PosixFilePermission.OTHERS_EXECUTE);
        }
    }

    private static Set<PosixFilePermission> permissions(Path path) {
        try {
            return Files.getPosixFilePermissions(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void unitsDesktopEntryAndInstallScriptFindTheirFilesInTheImage() throws IOException {
        for (Path unit : List.of(SystemdUnitsTest.SYSTEM_UNIT, SystemdUnitsTest.USER_UNIT)) {
            String execStart = IniFile.read(unit).require("Service", "ExecStart");
            assertThat(installed(execStart.split(" ")[0])).as(unit + " ExecStart").isExecutable();
        }
        IniFile entry = IniFile.read(DesktopEntryTest.ENTRY);
        assertThat(installed(entry.require(DesktopEntryTest.GROUP, "Exec"))).isExecutable();
        assertThat(installed(entry.require(DesktopEntryTest.GROUP, "Icon"))).isRegularFile();
        assertThat(IMAGE.resolve("lib/linux/install-linux.sh")).isExecutable()
                .hasSameBinaryContentAs(InstallScriptTest.SCRIPT);
        assertThat(IMAGE.resolve("lib/linux").resolve(SystemdUnitsTest.SYSTEM_UNIT.getFileName()))
                .hasSameBinaryContentAs(SystemdUnitsTest.SYSTEM_UNIT);
    }

    @Test
    void daemonOfTheImageRunsABatch() throws Exception {
        Home home = new Home(dir.resolve("home"));
        Path out = dir.resolve("out");

        Run run = Run.of(List.of(CLI.toString(), "--home", home.dir().toString(), "run",
                EXAMPLE.resolve("beam.mcdx").toAbsolutePath().toString(), "--cases", EXAMPLE.resolve("cases.csv").toAbsolutePath().toString(),
                "--engine", "native", "--out", out.toString()), Map.of(), 300);

        assertThat(run.exitCode()).as(run.output()).isZero();
        long cases = Files.readAllLines(EXAMPLE.resolve("cases.csv")).stream().skip(1).filter(l -> !l.isBlank()).count();
        assertThat(Files.readAllLines(out.resolve("results.csv")).stream().skip(1).filter(l -> !l.isBlank())).hasSize((int) cases);
        assertThat(Files.readString(home.log())).contains("daemon ready on " + home.socket());
    }

    /** Where a path of the installed image (/opt/primebatch/...) is in the built image. */
    private static Path installed(String path) {
        assertThat(path).startsWith("/opt/primebatch/");
        return IMAGE.resolve(path.substring("/opt/primebatch/".length()));
    }
}
