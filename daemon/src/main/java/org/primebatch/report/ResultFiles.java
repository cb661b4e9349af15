package org.primebatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.primebatch.api.BatchView;
import org.primebatch.api.ItemView;

/**
 * The result files of a batch: a table in one format written to a given file, or the summary files written into the
 * output folder when the batch finishes. Every file is written under a temporary name and moved into place, so a
 * reader never sees half a file.
 */
public final class ResultFiles {
    public static final List<String> FORMATS = List.of("csv", "json");

    /**
     * @param primebatchVersion this program's version
     * @param engineVersion     an engine's version by name
     */
    public record Context(String primebatchVersion, Function<String, String> engineVersion) {
    }

    private ResultFiles() {
    }

    /** Writes the summary files into {@code folder}; returns them. */
    public static List<Path> writeSummary(BatchView batch, Iterable<ItemView> items, Path folder, Context context) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(write("csv", batch, items, folder.resolve("results.csv"), context));
        return written;
    }

    /** Writes the results table in {@code format} to {@code target}. */
    public static Path write(String format, BatchView batch, Iterable<ItemView> items, Path target, Context context) throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new IllegalArgumentException("format must be one of " + String.join(", ", FORMATS) + ", not " + format);
        }
        return atomically(target, out -> {
            switch (f) {
                case "csv" -> ResultsWriter.writeCsv(batch, items, out);
                default -> ResultsWriter.writeJson(batch, items, out);
            }
        });
    }

    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static Path atomically(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // a name of its own (not createTempFile, which makes the file owner-only) so that two writers never collide
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
