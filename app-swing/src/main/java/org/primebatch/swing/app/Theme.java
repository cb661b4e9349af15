package org.primebatch.swing.app;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The client's look: light, dark, or whatever the desktop uses. */
enum Theme {
    LIGHT("Light"), DARK("Dark"), SYSTEM("Follow system");

    private final String title;

    Theme(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Theme parse(String word, Theme fallback) {
        for (Theme theme : values()) {
            if (theme.word().equalsIgnoreCase(word == null ? "" : word.trim())) {
                return theme;
            }
        }
        return fallback;
    }

    /** Installs the look and feel; call before the first window, or on the EDT followed by a UI update. */
    void install() {
        boolean dark = this == DARK || this == SYSTEM && SystemTheme.prefersDark();
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Switches every open window to this theme; on the EDT. */
    void apply() {
        install();
        FlatLaf.updateUI();
    }

    /** What the desktop says about dark mode, asked once per call; light when it does not say. */
    static final class SystemTheme {
        private SystemTheme() {
        }

        static boolean prefersDark() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (os.startsWith("windows")) {
                // AppsUseLightTheme REG_DWORD 0x0 means dark
                return output(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                        "/v", "AppsUseLightTheme")).contains("0x0");
            }
            if (os.contains("mac")) {
                return output(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).toLowerCase(Locale.ROOT).contains("dark");
            }
            String gtk = System.getenv("GTK_THEME");
            if (gtk != null) {
                return gtk.toLowerCase(Locale.ROOT).contains("dark");
            }
            return output(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")).contains("dark");
        }

        private static String output(List<String> command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                try (InputStream in = process.getInputStream()) {
                    byte[] bytes = in.readNBytes(4096);
                    process.waitFor(2, TimeUnit.SECONDS);
                    return new String(bytes, StandardCharsets.UTF_8);
                } finally {
                    process.destroy();
                }
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
    }
}
