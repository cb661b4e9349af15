package org.primebatch.swing.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the desktop client keeps its own files (settings, single-instance lock): the {@code primebatch.client.dir}
 * system property, else the platform's per-user configuration folder.
 */
final class ClientFolder {
    private ClientFolder() {
    }

    static Path resolve() {
        String configured = System.getProperty("primebatch.client.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming")).resolve("Primebatch");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Preferences").resolve("Primebatch");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".config")).resolve("primebatch");
    }
}
