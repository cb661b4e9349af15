package org.primebatch.swing.submit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.swing.JFileChooser;

/**
 * Where the New batch dialog's file choosers (worksheet, case file, output folder) start: in the folder the field
 * already names, else the worksheet's folder, else the folder a chooser of the dialog last showed (remembered between
 * openings). Every chooser that closes tells which folder it ended in.
 */
final class ChooserFolders {
    private final Supplier<String> worksheet;
    private String last;

    /** @param worksheet the worksheet's path as its field holds it (blank for none) */
    ChooserFolders(Supplier<String> worksheet, String last) {
        this.worksheet = worksheet;
        this.last = last;
    }

    /** The folder a chooser last showed, or null. */
    String last() {
        return last;
    }

    void setLast(String folder) {
        last = folder;
    }

    /** A chooser starting where {@link #start} says, for a field that holds {@code current} (or null). */
    JFileChooser chooser(String name, String current) {
        Path start = start(path(current), path(worksheet.get()), path(last));
        JFileChooser chooser = start == null ? new JFileChooser() : new JFileChooser(start.toFile());
        chooser.setName(name);
        return chooser;
    }

    /** Remembers the folder {@code chooser} ended in, whether the user chose or cancelled. */
    void used(JFileChooser chooser) {
        File folder = chooser.getCurrentDirectory();
        if (folder != null) {
            last = folder.getAbsolutePath();
        }
    }

    /**
     * The first existing folder of: {@code current} itself when it is a folder, else its parent; the worksheet's
     * folder; the last folder. Null when none exists.
     */
    static Path start(Path current, Path worksheet, Path last) {
        if (current != null && Files.isDirectory(current)) {
            return current;
        }
        for (Path candidate : new Path[] {parent(current), parent(worksheet), last}) {
            if (candidate != null && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Path parent(Path file) {
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    private static Path path(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.strip());
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
