package org.primebatch.swing.model;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A settings file of the client in the properties format: read whole, where a missing or damaged file reads as none
 * (its owner then takes its defaults), and written whole through a temporary file, so that a crash never leaves half
 * a file.
 */
public final class SettingsFile {
    private static final Logger LOG = Logger.getLogger(SettingsFile.class.getName());

    private SettingsFile() {
    }

    /** The file's properties; empty when it does not exist or cannot be read (said in the log). */
    public static Optional<Properties> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            return Optional.of(properties);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "cannot read " + file + "; using the defaults", e);
            return Optional.empty();
        }
    }

    /** Replaces {@code file} with {@code properties}; a failure is said in the log and leaves the old file. */
    public static void write(Path file, Properties properties, String comment) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "." + file.getFileName(), ".part");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                properties.store(out, comment);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot save " + file, e);
        }
    }
}
