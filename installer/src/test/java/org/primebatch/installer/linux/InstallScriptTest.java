package org.primebatch.installer.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * install-linux.sh: its --user mode runs for real in a temporary home, with a systemctl that only records what it is
 * asked; the system mode (root, useradd, /etc/systemd/system) is only parsed by the shell here.
 */
class InstallScriptTest {
    static final Path SCRIPT = Path.of("src/main/linux/install-linux.sh");

    @Test
    void isValidShell() throws Exception {
        assertThat(Files.isExecutable(SCRIPT)).isTrue();
        assertThat(Files.readAllLines(SCRIPT).get(0)).isEqualTo("#!/bin/sh");

        Run check = Run.of(List.of("sh", "-n", SCRIPT.toString()));

        assertThat(check.output()).isEmpty();
        assertThat(check.exitCode()).isZero();
    }

    @Test
    void userModeInstallsTheUserUnitWritesServicePropertiesAndStartsIt(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path calls = dir.resolve("systemctl.calls");
        Path stubs = Files.createDirectories(dir.resolve("stubs"));
        Path systemctl = stubs.resolve("systemctl");
        Files.writeString(systemctl, "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n");
        Files.setPosixFilePermissions(systemctl, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("PATH", stubs + ":" + System.getenv("PATH"));
        env.put("XDG_CONFIG_HOME", null);
        env.put("XDG_DATA_HOME", null);

        Run install = Run.of(List.of("sh", SCRIPT.toString(), "--user"), env, 60);

        assertThat(install.exitCode()).as(install.output()).isZero();
        Path unit = SystemdUnitsTest.USER_UNIT;
        String unitName = unit.getFileName().toString();
        Path installed = home.resolve(".config/systemd/user").resolve(unitName);
        assertThat(installed).hasSameTextualContentAs(unit);
        // the service.properties goes where the unit's daemon has its home
        String execStart = IniFile.read(unit).require("Service", "ExecStart");
        String daemonHome = execStart.replaceAll(".* --home (\\S+) .*", "$1").replace("%h", home.toString());
        Properties service = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(daemonHome, "service.properties"))) {
            service.load(in);
        }
        String serviceName = unitName.substring(0, unitName.length() - ".service".length());
        assertThat(service.getProperty("name")).isEqualTo(serviceName);
        assertThat(service.getProperty("start")).isEqualTo("systemctl --user start " + serviceName);
        assertThat(Files.readAllLines(calls)).containsExactly("--user daemon-reload", "--user enable --now " + unitName);
    }

    @Test
    void refusesUnknownOptions() throws IOException, InterruptedException {
        Run run = Run.of(List.of("sh", SCRIPT.toString(), "--system-wide"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).startsWith("usage: install-linux.sh");
    }
}
