package org.primebatch.engine.mathcad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private copy of the template in a folder of its own: Mathcad opens, locks and renames this copy, never the
 * user's file. Exports are saved here under their proper extension before they are moved to their target.
 */
final class WorkingCopy {
    private static final int LONGEST_NAME = 80;

    private final Path folder;
    private final Path file;

    private WorkingCopy(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    static WorkingCopy of(Path template) throws IOException {
        Path folder = Files.createTempDirectory("primebatch-mathcad-");
        Path copy = folder.resolve(template.getFileName().toString());
        Files.copy(template, copy);
        copy.toFile().setWritable(true);
        return new WorkingCopy(folder, copy);
    }

    Path file() {
        return file;
    }

    Path folder() {
        return folder;
    }

    /** Where {@code SaveAs} writes an export of the case before it is moved: the case name, made a safe file name. */
    Path exportFile(String caseName, ExportFormat format) throws IOException {
        Path exports = Files.createDirectories(folder.resolve("exports"));
        String name = caseName == null ? "" : caseName.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "case" + name;
        }
        if (name.length() > LONGEST_NAME) {
            name = name.substring(0, LONGEST_NAME);
        }
        return exports.resolve(name + "." + format.extension());
    }

    /** Removes the folder; files Mathcad still holds are left (the next reboot's temp clean-up takes them). */
    void delete() {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }
}
