package org.primebatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.primebatch.api.ArtifactNames;
import org.primebatch.api.BatchView;
import org.primebatch.api.ItemView;
import org.primebatch.api.OverwritePolicy;

/**
 * The result files of a batch: a table in one format written to a given file, or the summary files written into the
 * output folder when the batch finishes. Every file is written under a temporary name and moved into place, so a
 * reader never sees half a file.
 */
public final class ResultFiles {
    public static final List<String> FORMATS = List.of("csv", "xlsx", "json");
    /** The export that asks for one PDF of all case PDFs, written when the batch ends. */
    public static final String MERGED_PDF = "merged-pdf";

    /**
     * @param primebatchVersion this program's version
     * @param engineVersion     an engine's version by name
     */
    public record Context(String primebatchVersion, Function<String, String> engineVersion) {
    }

    private ResultFiles() {
    }

    /**
     * Writes the summary files into {@code folder}: {@code results.xlsx}, {@code results.csv}, {@code manifest.json},
     * and {@code BATCHNAME.pdf} with every case's PDF when the batch exports {@value #MERGED_PDF}. Returns them. A name
     * another batch's file holds is kept unless the batch chose to replace it; this batch's file then carries its id
     * ({@code results-7.csv}).
     */
    public static List<Path> writeSummary(BatchView batch, Iterable<ItemView> items, Path folder, Context context) throws IOException {
        OverwritePolicy policy = OverwritePolicy.parse(batch.spec().overwrite());
        Function<String, Path> target = name -> OutputTarget.summary(folder.resolve(name), policy, batch.created(), batch.id());
        List<Path> written = new ArrayList<>();
        written.add(write("xlsx", batch, items, target.apply("results.xlsx"), context));
        written.add(write("csv", batch, items, target.apply("results.csv"), context));
        written.add(writeManifest(batch, items, target.apply("manifest.json"), context));
        if (batch.spec().exports().contains(MERGED_PDF)) {
            Path merged = mergedPdf(batch, items, folder);
            if (merged != null) {
                written.add(merged);
            }
        }
        return written;
    }

    public static Path writeManifest(BatchView batch, Iterable<ItemView> items, Path target, Context context) throws IOException {
        Path worksheet = Path.of(batch.spec().worksheet());
        String sha = Files.isRegularFile(worksheet) ? Manifest.sha256(worksheet) : null;
        ManifestContext manifest = new ManifestContext(sha, batch.spec().engine(), context.engineVersion().apply(batch.spec().engine()),
                context.primebatchVersion(), Instant.now());
        return atomically(target, out -> Manifest.write(batch, items, manifest, out));
    }

    /** One PDF of the succeeded cases' PDFs in case order, a bookmark per case; null when there is none. */
    private static Path mergedPdf(BatchView batch, Iterable<ItemView> items, Path folder) throws IOException {
        List<MergedPdf.Part> parts = new ArrayList<>();
        for (ItemView item : items) {
            if (item.artifacts() == null) {
                continue;
            }
            for (String artifact : item.artifacts()) {
                if (artifact.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                    parts.add(new MergedPdf.Part(item.name() != null ? item.name() : "case " + item.seq(), Path.of(artifact)));
                }
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String name = batch.spec().name() == null || batch.spec().name().isBlank() ? "batch-" + batch.id() : batch.spec().name();
        Path target = OutputTarget.summary(folder.resolve(ArtifactNames.fileName(name + "-all") + ".pdf"),
                OverwritePolicy.parse(batch.spec().overwrite()), batch.created(), batch.id());
        MergedPdf.Result result = MergedPdf.write(parts, target);
        return result.pages() > 0 ? target : null;
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
                case "xlsx" -> ResultsWriter.writeXlsx(batch, items, out, target.toAbsolutePath().getParent());
                default -> ResultsWriter.writeJson(batch, items, out);
            }
        });
    }

    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Moves a finished file over its target, atomically where the file system can. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
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
            moveIntoPlace(temp, target);
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
