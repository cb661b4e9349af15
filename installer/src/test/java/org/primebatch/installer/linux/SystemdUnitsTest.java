package org.primebatch.installer.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.client.Home;

/** The committed systemd units: the settings the daemon needs, their hardening, and systemd's own verdict. */
class SystemdUnitsTest {
    static final Path LINUX = Path.of("src/main/linux");
    static final Path SYSTEM_UNIT = LINUX.resolve("primebatch.service");
    static final Path USER_UNIT = LINUX.resolve("primebatch-user.service");
    /** Where the app-image is installed; ExecStart runs its command line launcher. */
    static final String LAUNCHER = "/opt/primebatch/bin/primebatch";

    @Test
    void systemServiceRunsTheDaemonAsItsOwnUserInTheStateDirectory() throws IOException {
        IniFile unit = IniFile.read(SYSTEM_UNIT);
        String home = "/var/lib/" + unit.require("Service", "StateDirectory");

        assertThat(unit.require("Service", "User")).isEqualTo("primebatch");
        assertThat(unit.require("Service", "Group")).isEqualTo("primebatch");
        assertThat(unit.get("Service", "DynamicUser")).as("the queue needs an owner that stays").isEmpty();
        assertThat(unit.words("Service", "Environment")).contains(Home.ENV + "=" + home);
        assertThat(unit.require("Service", "ExecStart")).isEqualTo(LAUNCHER + " --home " + home + " daemon --group-access");
        assertThat(unit.require("Service", "WorkingDirectory")).isEqualTo(home);
        assertThat(unit.require("Service", "StateDirectoryMode")).isEqualTo("0750");
        assertThat(unit.require("Service", "UMask")).isEqualTo("0027");
        assertThat(unit.require("Install", "WantedBy")).isEqualTo("multi-user.target");
    }

    @Test
    void systemServiceKeepsTheSocketWhereClientsLookAndCanWriteIt() throws IOException {
        IniFile unit = IniFile.read(SYSTEM_UNIT);
        Home home = new Home(Path.of(unit.words("Service", "Environment").stream()
                .filter(w -> w.startsWith(Home.ENV + "=")).findFirst().orElseThrow().substring(Home.ENV.length() + 1)));

        assertThat(unit.get("Service", "RuntimeDirectory")).as("the daemon keeps run/ in its home").isEmpty();
        assertThat(unit.get("Service", "BindPaths")).as("a bind mount would hide the socket from clients").isEmpty();
        List<String> writable = unit.words("Service", "ReadWritePaths");
        for (Path p : List.of(home.socket(), home.queueDb(), home.log(), home.dir().resolve("service.properties"))) {
            assertThat(writable).as(p + " is writable under ProtectSystem=strict").anyMatch(w -> p.startsWith(w));
        }
    }

    @Test
    void systemServiceStopsGracefullyAndRestartsAfterFailures() throws IOException {
        IniFile unit = IniFile.read(SYSTEM_UNIT);

        assertStopsAndRestarts(unit);
        assertThat(unit.require("Service", "KillMode")).as("SIGTERM to the daemon, which stops its engine hosts").isEqualTo("mixed");
    }

    @Test
    void systemServiceIsHardenedButLetsTheJitWriteCode() throws IOException {
        IniFile unit = IniFile.read(SYSTEM_UNIT);

        for (String key : List.of("NoNewPrivileges", "ProtectHome", "PrivateTmp", "PrivateDevices", "ProtectKernelTunables",
                "ProtectKernelModules", "ProtectKernelLogs", "ProtectControlGroups", "ProtectClock", "ProtectHostname",
                "RestrictNamespaces", "RestrictRealtime", "RestrictSUIDSGID", "LockPersonality", "RemoveIPC")) {
            assertThat(unit.get("Service", key)).as(key).hasValue("yes");
        }
        assertThat(unit.require("Service", "ProtectSystem")).isEqualTo("strict");
        assertThat(unit.require("Service", "ProtectProc")).isEqualTo("invisible");
        assertThat(unit.require("Service", "SystemCallArchitectures")).isEqualTo("native");
        assertThat(unit.words("Service", "RestrictAddressFamilies")).containsExactlyInAnyOrder("AF_UNIX", "AF_INET", "AF_INET6");
        assertThat(unit.words("Service", "IPAddressDeny")).containsExactly("any");
        assertThat(unit.words("Service", "IPAddressAllow")).containsExactly("localhost");
        assertThat(unit.require("Service", "CapabilityBoundingSet")).as("no capabilities").isEmpty();
        assertThat(unit.get("Service", "MemoryDenyWriteExecute")).as("the JIT writes code").isEmpty();
    }

    @Test
    void userServiceRunsTheDaemonInTheHomeClientsUseByDefault() throws IOException {
        IniFile unit = IniFile.read(USER_UNIT);
        String home = "%h/.local/share/primebatch";

        assertThat(unit.require("Service", "ExecStart")).isEqualTo(LAUNCHER + " --home " + home + " daemon");
        assertThat(unit.words("Service", "Environment")).contains(Home.ENV + "=" + home);
        assertThat(unit.get("Service", "User")).as("a user manager runs units as its user").isEmpty();
        assertThat(unit.require("Install", "WantedBy")).isEqualTo("default.target");
        assertStopsAndRestarts(unit);

        assumeTrue(System.getenv(Home.ENV) == null && System.getenv("XDG_DATA_HOME") == null,
                "the default home depends on PRIMEBATCH_HOME and XDG_DATA_HOME, set here");
        String userHome = System.getProperty("user.home");
        assertThat(Path.of(home.replace("%h", userHome))).isEqualTo(Home.resolve(null).dir());
    }

    private static void assertStopsAndRestarts(IniFile unit) {
        assertThat(unit.require("Service", "Type")).isEqualTo("exec");
        assertThat(unit.require("Service", "KillSignal")).isEqualTo("SIGTERM");
        assertThat(unit.words("Service", "SuccessExitStatus")).as("the JVM's exit code after SIGTERM").contains("143");
        assertThat(unit.require("Service", "Restart")).isEqualTo("on-failure");
        assertThat(seconds(unit.require("Service", "RestartSec"))).isPositive();
        // the daemon gives each engine host 5 s to stop and 5 s more to die, one host after the other
        assertThat(seconds(unit.require("Service", "TimeoutStopSec"))).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
    }

    /** A systemd time span in plain seconds, or with an s or min suffix. */
    private static Duration seconds(String value) {
        if (value.endsWith("min")) {
            return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 3)));
        }
        return Duration.ofSeconds(Long.parseLong(value.endsWith("s") ? value.substring(0, value.length() - 1) : value));
    }

    /**
     * systemd-analyze verify fails while /opt/primebatch/bin/primebatch is not installed, so it checks a copy of each
     * unit whose ExecStart runs an executable in a temporary folder; everything else is the committed unit.
     */
    @Test
    void systemdAnalyzeVerifyFindsNothingToReport(@TempDir Path dir) throws Exception {
        assumeTrue(Run.onPath("systemd-analyze"), "systemd-analyze is not installed");
        Path launcher = Files.createDirectories(dir.resolve("bin")).resolve("primebatch");
        Files.writeString(launcher, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify"));
        for (Path unit : List.of(SYSTEM_UNIT, USER_UNIT)) {
            String text = Files.readString(unit);
            assertThat(text).contains("ExecStart=" + LAUNCHER + " ");
            Path copy = dir.resolve(unit.getFileName());
            Files.writeString(copy, text.replace("ExecStart=" + LAUNCHER + " ", "ExecStart=" + launcher + " "));
            command.add(copy.toString());
        }

        Run verify = Run.of(command);

        assertThat(verify.output()).isEmpty();
        assertThat(verify.exitCode()).isZero();
    }
}
