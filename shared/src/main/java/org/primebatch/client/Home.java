package org.primebatch.client;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The daemon's home directory and the files in it: {@code queue.db}, {@code run/} (socket, lock, connection file)
 * and {@code logs/}. Chosen by {@code --home}, else {@code PRIMEBATCH_HOME}, else a per-user data directory.
 */
public record Home(Path dir) {
    public static final String ENV = "PRIMEBATCH_HOME";

    public Home {
        dir = dir.toAbsolutePath().normalize();
    }

    public static Home resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Home resolve(Path option, Map<String, String> env, String osName, Path userHome) {
        if (option != null) {
            return new Home(option);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Home(Path.of(fromEnv));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return new Home(local != null ? Path.of(local, "Primebatch") : userHome.resolve("AppData/Local/Primebatch"));
        }
        if (os.startsWith("mac")) {
            return new Home(userHome.resolve("Library/Application Support/Primebatch"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        return new Home(xdg != null && !xdg.isBlank() ? Path.of(xdg, "primebatch") : userHome.resolve(".local/share/primebatch"));
    }

    public Path queueDb() {
        return dir.resolve("queue.db");
    }

    public Path runDir() {
        return dir.resolve("run");
    }

    public Path socket() {
        return runDir().resolve("daemon.sock");
    }

    public Path lockFile() {
        return runDir().resolve("daemon.lock");
    }

    /** TCP port and token, written only when the daemon listens on TCP. */
    public Path connectionFile() {
        return runDir().resolve("connection.json");
    }

    public Path logsDir() {
        return dir.resolve("logs");
    }

    public Path log() {
        return logsDir().resolve("daemon.log");
    }
}
