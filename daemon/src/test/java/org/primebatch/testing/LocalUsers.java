package org.primebatch.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real users and groups of this machine for a test that runs as root: made with {@code groupadd}/{@code useradd}
 * under names of their own (no home, no login shell), and removed again by {@link #close()} (or, when the test JVM is
 * stopped, by a shutdown hook). Commands run as one of them through {@code setpriv} with their groups.
 */
public final class LocalUsers implements AutoCloseable {
    private final String tag;
    private final List<String> users = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private final Thread cleanup = new Thread(this::removeAll, "local-users-cleanup");
    private boolean closed;

    public LocalUsers() {
        SecureRandom random = new SecureRandom();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        this.tag = tag.toString();
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Whether this JVM runs as root, who alone may make users. */
    public static boolean isRoot() {
        try {
            Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return id.waitFor(10, TimeUnit.SECONDS) && "0".equals(out);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Makes a group named after {@code role}; returns its name. */
    public synchronized String group(String role) throws IOException, InterruptedException {
        String name = "pb" + role + tag;
        run("groupadd", name);
        groups.add(name);
        return name;
    }

    /** Makes a user named after {@code role} with this primary group and these other groups; returns its name. */
    public synchronized String user(String role, String primaryGroup, String... otherGroups) throws IOException, InterruptedException {
        String name = "pb" + role + tag;
        List<String> command = new ArrayList<>(List.of("useradd", "-M", "-s", "/usr/sbin/nologin", "-g", primaryGroup));
        if (otherGroups.length > 0) {
            command.add("-G");
            command.add(String.join(",", otherGroups));
        }
        command.add(name);
        run(command.toArray(String[]::new));
        users.add(name);
        return name;
    }

    /** {@code command} run as {@code user} with its primary group and every group it is in. */
    public static List<String> as(String user, List<String> command) {
        List<String> line = new ArrayList<>(List.of("setpriv", "--reuid=" + user, "--regid=" + primaryGroup(user), "--init-groups", "--"));
        line.addAll(command);
        return line;
    }

    private static String primaryGroup(String user) {
        try {
            Process id = new ProcessBuilder("id", "-gn", user).redirectErrorStream(true).start();
            String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!id.waitFor(10, TimeUnit.SECONDS) || id.exitValue() != 0) {
                throw new IllegalStateException("id -gn " + user + ": " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Gives {@code path} to {@code user} and {@code group} with {@code mode} ({@code rwxr-x---}). */
    public static Path own(Path path, String user, String group, String mode) throws IOException, InterruptedException {
        run("chown", user + ":" + group, path.toString());
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        return path;
    }

    /** Runs a command and fails with its output when it does not succeed. */
    public static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private synchronized void removeAll() {
        if (closed) {
            return;
        }
        closed = true;
        for (String user : users) {
            quietly("userdel", user);
        }
        for (int i = groups.size() - 1; i >= 0; i--) {
            quietly("groupdel", groups.get(i));
        }
    }

    private static void quietly(String... command) {
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            // best effort
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        removeAll();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException ignored) {
            // the JVM is exiting: the hook runs anyway
        }
    }
}
