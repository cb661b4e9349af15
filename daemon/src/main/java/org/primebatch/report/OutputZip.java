package org.primebatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A zip of a batch's output folder, for handing the results on in one file. */
public final class OutputZip {
    private OutputZip() {
    }

    /**
     * Writes every regular file below {@code folder} to {@code zipFile}, named relative to {@code folder} with
     * {@code /}, in name order. Symbolic links are neither followed nor stored, and the zip itself (which may lie in
     * {@code folder}) is left out. The zip is written to {@code zipFile.part} and moved into place, so a reader never
     * sees half a zip.
     *
     * @return the number of files stored
     */
    public static int write(Path folder, Path zipFile) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("not a folder: " + folder);
        }
        Path target = zipFile.toAbsolutePath().normalize();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        List<Path> files = filesBelow(root, List.of(target, part));
        try {
            try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Path file : files) {
                    ZipEntry entry = new ZipEntry(entryName(root, file));
                    entry.setLastModifiedTime(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS));
                    zip.putNextEntry(entry);
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            ResultFiles.moveIntoPlace(part, target);
        } finally {
            Files.deleteIfExists(part);
        }
        return files.size();
    }

    private static List<Path> filesBelow(Path root, List<Path> excluded) throws IOException {
        // Files.walk does not follow symbolic links unless asked to
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .filter(path -> !excluded.contains(path))
                    .sorted()
                    .toList();
        }
    }

    private static String entryName(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

}
