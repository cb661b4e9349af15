package org.primebatch.swing.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.primebatch.client.Home;

/**
 * How this user gets a daemon when none answers. In user mode the client runs the command line's {@code start}
 * (which waits until the daemon answers); when the daemon is installed as a service, {@code HOME/service.properties}
 * (written by the installer: {@code name}, {@code start}) says how to start it and the client only shows that.
 */
final class DaemonLauncher {
    private final Home home;
    private final List<String> cli;

    /**
     * @param cli the command that runs the {@code primebatch} command line, e.g. {@code [/opt/primebatch/primebatch]}
     *            or {@code [java, -jar, primebatch.jar]}; empty when none was found
     */
    DaemonLauncher(Home home, List<String> cli) {
        this.home = home;
        this.cli = List.copyOf(cli);
    }

    /** How a service installation says to start the daemon, or empty in user mode. */
    Optional<String> serviceHint() {
        Path file = home.dir().resolve("service.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of("The daemon is installed as a service; start it from the system's service manager.");
        }
        String name = p.getProperty("name", "primebatch");
        String start = p.getProperty("start");
        return Optional.of("The daemon runs as the service \"" + name + "\""
                + (start == null ? "; start it from the system's service manager." : ": start it with " + start));
    }

    boolean canStart() {
        return !cli.isEmpty() && serviceHint().isEmpty();
    }

    /**
     * Runs {@code primebatch --home HOME start}; blocks until it returns. Returns what the command line said happened
     * ("daemon started … (PID n)" or "a daemon already runs …"), so the client never claims a start that did not happen.
     */
    String start() throws IOException, InterruptedException {
        if (cli.isEmpty()) {
            throw new IOException("the primebatch command line was not found next to the client; start the daemon with `primebatch start`");
        }
        List<String> command = new ArrayList<>(cli);
        command.addAll(List.of("--home", home.dir().toString(), "start"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroy();
            throw new IOException("`primebatch start` did not return within 60 s");
        }
        if (process.exitValue() != 0) {
            String text = new String(output, StandardCharsets.UTF_8).strip();
            throw new IOException(text.isEmpty() ? "`primebatch start` failed with exit code " + process.exitValue() : text);
        }
        String said = new String(output, StandardCharsets.UTF_8).strip();
        return said.isEmpty() ? "`primebatch start` returned without a word" : said;
    }

    /**
     * The command line next to this client: the {@code primebatch.cli} system property (a launcher script or a
     * jar), else {@code primebatch.jar} in the client jar's folder, else nothing.
     */
    static List<String> findCli() {
        String configured = System.getProperty("primebatch.cli");
        if (configured != null && !configured.isBlank()) {
            return commandFor(Path.of(configured));
        }
        try {
            Path jar = Path.of(DaemonLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path sibling = jar.resolveSibling("primebatch.jar");
            if (Files.isRegularFile(sibling)) {
                return commandFor(sibling);
            }
        } catch (Exception e) {
            // no code source (or not a file): fall through
        }
        return List.of();
    }

    private static List<String> commandFor(Path path) {
        if (path.toString().endsWith(".jar")) {
            return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", path.toString());
        }
        return List.of(path.toString());
    }
}
