package org.primebatch.swing.submit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.DesignationNames;
import org.primebatch.api.OverwritePolicy;
import org.primebatch.api.Priority;
import org.primebatch.swing.model.SettingsFile;

/**
 * What the New batch dialog fills in: the worksheet and the definitions it designates by name, the output options
 * and the folder its file choosers last showed. The dialog remembers them between openings in {@code new-batch.properties} in the client's folder (a
 * missing or damaged file, or a damaged entry, gives the defaults); a duplicated batch gives them from its spec.
 * The batch name is a batch's own and is never remembered.
 *
 * @param worksheet  the worksheet's path, or null
 * @param name       the batch name, or null for the worksheet's
 * @param outDir     the output folder, or null for the daemon's default
 * @param exports    the exports as the daemon names them ({@code pdf}, {@code mcdx}, {@code merged-pdf})
 * @param lastFolder the folder a file chooser of the dialog last showed, or null
 * @param designate  the definitions designated by variable name on the worksheet
 */
public record NewBatchSettings(String worksheet, String name, String engine, Priority priority, List<String> exports,
                               String outDir, String nameTemplate, OverwritePolicy overwrite, String check,
                               String lastFolder, DesignationNames designate) {
    private static final List<String> EXPORTS = List.of("pdf", "mcdx", "merged-pdf");
    public static final NewBatchSettings DEFAULTS = new NewBatchSettings(null, null, "auto", Priority.NORMAL,
            List.of("pdf"), null, BatchSpec.DEFAULT_NAME_TEMPLATE, OverwritePolicy.REFUSE, null, null);
    static final String FILE = "new-batch.properties";

    public NewBatchSettings {
        worksheet = blankToNull(worksheet);
        name = blankToNull(name);
        engine = engine != null && OutputSection.ENGINES.contains(engine) ? engine : "auto";
        priority = priority == null ? Priority.NORMAL : priority;
        exports = exports == null ? List.of() : exports.stream().filter(EXPORTS::contains).distinct().toList();
        outDir = blankToNull(outDir);
        nameTemplate = nameTemplate == null || nameTemplate.isBlank() ? BatchSpec.DEFAULT_NAME_TEMPLATE : nameTemplate;
        overwrite = overwrite == null ? OverwritePolicy.REFUSE : overwrite;
        check = blankToNull(check);
        lastFolder = blankToNull(lastFolder);
        designate = designate == null ? DesignationNames.NONE : designate;
    }

    /** Settings that designate nothing by name. */
    public NewBatchSettings(String worksheet, String name, String engine, Priority priority, List<String> exports,
            String outDir, String nameTemplate, OverwritePolicy overwrite, String check, String lastFolder) {
        this(worksheet, name, engine, priority, exports, outDir, nameTemplate, overwrite, check, lastFolder, null);
    }

    /** The settings of a batch the daemon ran, to run it again. */
    public static NewBatchSettings of(BatchSpec spec) {
        OverwritePolicy overwrite;
        try {
            overwrite = OverwritePolicy.parse(spec.overwrite());
        } catch (IllegalArgumentException e) {
            overwrite = OverwritePolicy.REFUSE;
        }
        return new NewBatchSettings(spec.worksheet(), spec.name(), spec.engine(), spec.priority(), spec.exports(),
                spec.outDir(), spec.nameTemplate(), overwrite, spec.check(), null, spec.designate());
    }

    NewBatchSettings withLastFolder(String folder) {
        return new NewBatchSettings(worksheet, name, engine, priority, exports, outDir, nameTemplate, overwrite, check, folder,
                designate);
    }

    NewBatchSettings withDesignate(DesignationNames names) {
        return new NewBatchSettings(worksheet, name, engine, priority, exports, outDir, nameTemplate, overwrite, check,
                lastFolder, names);
    }

    /** The settings remembered in {@code folder}, or the defaults. */
    public static NewBatchSettings load(Path folder) {
        Optional<Properties> read = SettingsFile.read(folder.resolve(FILE));
        if (read.isEmpty()) {
            return DEFAULTS;
        }
        Properties p = read.get();
        String exports = p.getProperty("exports");
        return new NewBatchSettings(
                p.getProperty("worksheet"),
                null,
                p.getProperty("engine"),
                parsed(p.getProperty("priority"), DEFAULTS.priority, Priority::parse),
                exports == null ? DEFAULTS.exports : words(exports),
                p.getProperty("outDir"),
                p.getProperty("nameTemplate"),
                parsed(p.getProperty("overwrite"), DEFAULTS.overwrite, OverwritePolicy::parse),
                p.getProperty("check"),
                p.getProperty("lastFolder"),
                DesignationNames.of(words(p.getProperty("designateInputs", "")), words(p.getProperty("designateOutputs", ""))));
    }

    /** Saves the settings in {@code folder}, replacing what was there. */
    public void save(Path folder) {
        Properties p = new Properties();
        putIfSet(p, "worksheet", worksheet);
        p.setProperty("engine", engine);
        p.setProperty("priority", priority.word());
        p.setProperty("exports", String.join(",", exports));
        putIfSet(p, "outDir", outDir);
        p.setProperty("nameTemplate", nameTemplate);
        p.setProperty("overwrite", overwrite.word());
        putIfSet(p, "check", check);
        putIfSet(p, "lastFolder", lastFolder);
        if (!designate.isEmpty()) {
            p.setProperty("designateInputs", String.join(",", designate.inputs()));
            p.setProperty("designateOutputs", String.join(",", designate.outputs()));
        }
        SettingsFile.write(folder.resolve(FILE), p, "Primebatch New batch dialog");
    }

    private static void putIfSet(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(",")) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        return words;
    }

    private static <T> T parsed(String text, T fallback, java.util.function.Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(text.strip());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
