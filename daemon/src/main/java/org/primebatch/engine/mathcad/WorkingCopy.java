package org.primebatch.engine.mathcad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.primebatch.api.DesignationNames;
import org.primebatch.mcdx.DesignationException;
import org.primebatch.mcdx.McdxException;
import org.primebatch.mcdx.McdxWorksheet;

/**
 * A private copy of the template in a folder of its own: Mathcad opens, locks and renames this copy, never the
 * user's file. Definitions the batch designates by name are designated in the copy's {@code integration.xml}, the
 * part Mathcad reads its designations from. Exports are saved here under their proper extension before they are
 * moved to their target.
 */
final class WorkingCopy {
    private static final int LONGEST_NAME = 80;

    private final Path folder;
    private final Path file;

    private WorkingCopy(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    /**
     * @throws DesignationException when a name cannot be designated
     * @throws McdxException        when names are given and the template cannot be read here
     */
    static WorkingCopy of(Path template, DesignationNames names) throws IOException {
        McdxWorksheet designated = names.isEmpty() ? null : McdxWorksheet.open(template).designating(names);
        Path folder = Files.createTempDirectory("primebatch-mathcad-");
        Path copy = folder.resolve(template.getFileName().toString());
        try {
            if (designated == null) {
                Files.copy(template, copy);
            } else {
                designated.write(copy);
            }
        } catch (IOException | RuntimeException e) {
            new WorkingCopy(folder, copy).delete();
            throw e;
        }
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
