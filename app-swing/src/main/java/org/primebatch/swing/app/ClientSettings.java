package org.primebatch.swing.app;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.primebatch.swing.batch.GridPreferences;
import org.primebatch.swing.model.SettingsFile;

/**
 * What the client remembers between runs: theme, window bounds, the split between the batches list and the batch
 * view, and how the cases table shows numbers and which of its columns are hidden. Kept in {@code client.properties}
 * in the client's folder; a missing or damaged file gives the defaults, a damaged entry its default.
 */
record ClientSettings(Theme theme, Rectangle bounds, boolean maximized, int divider, GridPreferences grid) {
    static final ClientSettings DEFAULTS = new ClientSettings(Theme.SYSTEM, null, false, -1, GridPreferences.DEFAULTS);
    private static final String FILE = "client.properties";
    private static final String FIGURES = "cases.significantFigures";
    /** Fixed columns hidden in every batch: {@code cases.hidden=attempts,duration}. */
    private static final String HIDDEN = "cases.hidden";
    /** Inputs and outputs hidden in one worksheet's batches: {@code cases.hidden.<worksheet>=in:L,out:sigma}. */
    private static final String HIDDEN_IN = "cases.hidden.";

    ClientSettings {
        grid = grid == null ? GridPreferences.DEFAULTS : grid;
    }

    ClientSettings withTheme(Theme next) {
        return new ClientSettings(next, bounds, maximized, divider, grid);
    }

    ClientSettings withLayout(Rectangle nextBounds, boolean nextMaximized, int nextDivider) {
        return new ClientSettings(theme, nextBounds, nextMaximized, nextDivider, grid);
    }

    ClientSettings withGrid(GridPreferences next) {
        return new ClientSettings(theme, bounds, maximized, divider, next);
    }

    static ClientSettings load(Path folder) {
        Optional<Properties> read = SettingsFile.read(folder.resolve(FILE));
        if (read.isEmpty()) {
            return DEFAULTS;
        }
        Properties p = read.get();
        return new ClientSettings(
                Theme.parse(p.getProperty("theme"), DEFAULTS.theme),
                bounds(p.getProperty("window.bounds")),
                Boolean.parseBoolean(p.getProperty("window.maximized")),
                integer(p.getProperty("window.divider"), DEFAULTS.divider),
                grid(p));
    }

    private static GridPreferences grid(Properties p) {
        Map<String, Set<String>> byWorksheet = new HashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith(HIDDEN_IN) && name.length() > HIDDEN_IN.length()) {
                byWorksheet.put(name.substring(HIDDEN_IN.length()), keys(p.getProperty(name)));
            }
        }
        return new GridPreferences(integer(p.getProperty(FIGURES), GridPreferences.DEFAULT_FIGURES),
                keys(p.getProperty(HIDDEN)), byWorksheet);
    }

    private static Set<String> keys(String text) {
        Set<String> keys = new TreeSet<>();
        if (text != null) {
            for (String key : text.split(",")) {
                if (!key.isBlank()) {
                    keys.add(key.strip());
                }
            }
        }
        return keys;
    }

    /** Saves the settings in {@code folder}, replacing what was there. */
    void save(Path folder) {
        Properties p = new Properties();
        p.setProperty("theme", theme.word());
        if (bounds != null) {
            p.setProperty("window.bounds", bounds.x + "," + bounds.y + "," + bounds.width + "," + bounds.height);
        }
        p.setProperty("window.maximized", Boolean.toString(maximized));
        p.setProperty("window.divider", Integer.toString(divider));
        p.setProperty(FIGURES, Integer.toString(grid.significantFigures()));
        if (!grid.hidden().isEmpty()) {
            p.setProperty(HIDDEN, String.join(",", new TreeSet<>(grid.hidden())));
        }
        grid.hiddenByWorksheet().forEach((worksheet, keys) ->
                p.setProperty(HIDDEN_IN + worksheet, String.join(",", new TreeSet<>(keys))));
        SettingsFile.write(folder.resolve(FILE), p, "Primebatch desktop client");
    }

    private static Rectangle bounds(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return null;
        }
        try {
            Rectangle r = new Rectangle(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                    Integer.parseInt(parts[2].trim()), Integer.parseInt(parts[3].trim()));
            return r.width > 0 && r.height > 0 ? r : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int integer(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
