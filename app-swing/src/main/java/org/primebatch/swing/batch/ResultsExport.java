package org.primebatch.swing.batch;

import java.awt.Component;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.primebatch.api.BatchView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.swing.model.Requests;

/** Export results: where to and in which format (a file chooser), then the daemon writes the file with {@code batch.results}. */
final class ResultsExport {
    /** A whole batch of 100,000 cases takes a while to write. */
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** The file and its format, one of {@code csv}, {@code xlsx}, {@code json}. */
    record Choice(Path file, String format) {
    }

    private record Format(String extension, String description) {
        FileNameExtensionFilter filter() {
            return new FileNameExtensionFilter(description + " (*." + extension + ")", extension);
        }
    }

    private static final List<Format> FORMATS = List.of(
            new Format("csv", "CSV table"),
            new Format("xlsx", "Excel workbook"),
            new Format("json", "JSON"));

    private ResultsExport() {
    }

    /** Asks where to write the results of {@code batch}; the format follows the file's extension, else the filter. */
    static Optional<Choice> choose(Component parent, BatchView batch) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("resultsFileChooser");
        chooser.setDialogTitle("Export results of " + BatchHeader.displayName(batch));
        chooser.setAcceptAllFileFilterUsed(false);
        List<FileNameExtensionFilter> filters = FORMATS.stream().map(Format::filter).toList();
        filters.forEach(chooser::addChoosableFileFilter);
        chooser.setFileFilter(filters.get(0));
        String outDir = batch.spec().outDir();
        File folder = outDir != null && Files.isDirectory(Path.of(outDir)) ? new File(outDir) : null;
        chooser.setSelectedFile(new File(folder, "results.csv"));
        chooser.addPropertyChangeListener(JFileChooser.FILE_FILTER_CHANGED_PROPERTY, event -> {
            if (event.getNewValue() instanceof FileNameExtensionFilter filter && chooser.getSelectedFile() != null) {
                chooser.setSelectedFile(withExtension(chooser.getSelectedFile(), filter.getExtensions()[0]));
            }
        });
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        File selected = chooser.getSelectedFile();
        String format = extensionOf(selected.getName());
        if (FORMATS.stream().noneMatch(f -> f.extension().equals(format))) {
            String chosen = ((FileNameExtensionFilter) chooser.getFileFilter()).getExtensions()[0];
            selected = new File(selected.getPath() + "." + chosen);
        }
        Path file = selected.toPath().toAbsolutePath();
        if (Files.exists(file) && JOptionPane.showConfirmDialog(parent, file.getFileName() + " exists. Replace it?",
                "Export results", JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.OK_OPTION) {
            return Optional.empty();
        }
        return Optional.of(new Choice(file, extensionOf(file.getFileName().toString())));
    }

    /** Has the daemon write the results; completes with the path written. */
    static CompletableFuture<String> write(Requests requests, BatchView batch, Choice choice) {
        var params = Json.object().put("batch", batch.id()).put("format", choice.format())
                .put("output", choice.file().toString());
        return requests.call(Protocol.BATCH_RESULTS, params, TIMEOUT)
                .thenApply(answer -> answer.path("path").asText(choice.file().toString()));
    }

    private static File withExtension(File file, String extension) {
        String name = file.getName();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return new File(file.getParentFile(), base + "." + extension);
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
