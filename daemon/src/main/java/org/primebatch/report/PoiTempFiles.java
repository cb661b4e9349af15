package org.primebatch.report;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where Apache POI writes the temporary files of the workbooks it streams. By default it shares one folder per
 * machine, {@code poifiles} in the system's temporary folder, which the first user to write a workbook owns: another
 * user's workbooks then cannot be written, and a user who makes that folder first can read or break everyone's. The
 * daemon gives POI a folder of its own in its home instead, readable by its owner only.
 */
public final class PoiTempFiles {
    private PoiTempFiles() {
    }

    /** Sends POI's temporary files to {@code dir}, created (or set) owner-only; files left in it are deleted. */
    public static void useFolder(Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } else {
            Files.createDirectories(dir);
        }
        try (var left = Files.list(dir)) {
            for (Path file : (Iterable<Path>) left::iterator) {
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
    }
}
