package org.primebatch.queue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primebatch.access.Caller;
import org.primebatch.api.ArtifactNames;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseInput;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Json;
import org.primebatch.api.OverwritePolicy;
import org.primebatch.api.RpcException;
import org.primebatch.report.ResultFiles;
import org.primebatch.store.QueueStore;

/**
 * Chooses a batch's output folder at submission so that no batch silently replaces another's results. A batch that
 * names no folder gets one of its own, {@code SHEET-results/ID-NAME}. A batch that names a folder holding another
 * batch's summary files, files this batch would write, or the output of a batch still in the queue is refused unless
 * it chose what to do ({@link OverwritePolicy}).
 */
final class OutputFolders {
    /** The summary files a finished batch leaves in its folder. */
    private static final List<String> SUMMARY = List.of("results.xlsx", "results.csv", "manifest.json");
    private static final int NAMES_SHOWN = 5;

    private final QueueStore store;
    private final ClientPaths paths;
    private final Path fallbackOutputs;

    /**
     * @param paths           the checks of the paths a client names: a folder a batch names may not lie in the
     *                        daemon's home, and its user must be able to write there
     * @param fallbackOutputs where own folders go when the worksheet's folder cannot be written (in the home: the
     *                        daemon chose it), for the daemon's own user only
     */
    OutputFolders(QueueStore store, ClientPaths paths, Path fallbackOutputs) {
        this.store = store;
        this.paths = paths;
        this.fallbackOutputs = fallbackOutputs;
    }

    /** Where a batch will write: a folder chosen now, or one of its own named once its id is known. */
    sealed interface Plan {
        /** The folder of batch {@code id}, created. */
        Path folderFor(long id);

        /** The folder as a dry run shows it, before the batch has an id. */
        String preview();
    }

    record Chosen(Path folder) implements Plan {
        @Override
        public Path folderFor(long id) {
            return folder;
        }

        @Override
        public String preview() {
            return folder.toString();
        }
    }

    /** {@code base/ID-NAME}, the first free of {@code ID-NAME}, {@code ID-NAME-2}, … (a queue made anew counts from 1). */
    record Own(Path base, String name) implements Plan {
        @Override
        public Path folderFor(long id) {
            String stem = id + "-" + ArtifactNames.fileName(name);
            for (int n = 1; ; n++) {
                Path folder = base.resolve(n == 1 ? stem : stem + "-" + n);
                try {
                    Files.createDirectory(folder);
                    return folder;
                } catch (FileAlreadyExistsException taken) {
                    if (isEmptyFolder(folder)) {
                        return folder;
                    }
                } catch (IOException e) {
                    throw new RpcException(ErrorCode.INVALID_SPEC, "cannot make the output folder " + folder + ": " + e.getMessage());
                }
            }
        }

        @Override
        public String preview() {
            return base.resolve("{batch}-" + ArtifactNames.fileName(name)).toString();
        }
    }

    /**
     * The plan for a batch whose spec is resolved (absolute worksheet, engine chosen, name given) with these cases.
     *
     * @param create whether a folder chosen now is made (a dry run makes nothing)
     * @throws RpcException {@link ErrorCode#OUTPUT_EXISTS} when the folder named holds another batch's results and
     *                      the batch did not choose what to do; {@link ErrorCode#INVALID_SPEC} when it cannot be written
     */
    Plan plan(Caller caller, BatchSpec spec, List<CaseInput> cases, boolean create) {
        OverwritePolicy policy = OverwritePolicy.parse(spec.overwrite());
        if (spec.outDir() == null || spec.outDir().isBlank()) {
            return new Own(ownBase(caller, Path.of(spec.worksheet())), spec.name());
        }
        Path folder = paths.writableFolder(caller, "output folder", spec.outDir(), ErrorCode.INVALID_SPEC);
        List<String> holds = holds(folder, spec, cases);
        if (holds.isEmpty() || policy == OverwritePolicy.REPLACE || policy == OverwritePolicy.KEEP) {
            if (create) {
                requireWritable(folder);
            }
            return new Chosen(folder);
        }
        if (policy == OverwritePolicy.RENAME) {
            return new Chosen(renamed(caller, folder, spec, cases, create));
        }
        throw refusal(folder, holds, renamed(caller, folder, spec, cases, false));
    }

    /** What of another batch's the folder holds, in words; empty when nothing. */
    private List<String> holds(Path folder, BatchSpec spec, List<CaseInput> cases) {
        List<String> holds = new ArrayList<>();
        for (BatchView other : store.batches()) {
            String otherDir = other.spec().outDir();
            if (otherDir != null && Path.of(otherDir).toAbsolutePath().normalize().equals(folder)) {
                holds.add("the results of batch " + other.id() + " (" + other.spec().name() + ", "
                        + other.state().word() + ")");
                break;
            }
        }
        if (!Files.isDirectory(folder)) {
            return holds;
        }
        Set<String> present = fileNames(folder);
        List<String> summaries = SUMMARY.stream().filter(present::contains).toList();
        if (!summaries.isEmpty()) {
            holds.add(String.join(", ", summaries));
        }
        List<String> clashing = clashingArtifacts(present, folder, spec, cases);
        if (!clashing.isEmpty()) {
            holds.add(clashing.size() + " of the files this batch writes ("
                    + String.join(", ", clashing.subList(0, Math.min(NAMES_SHOWN, clashing.size())))
                    + (clashing.size() > NAMES_SHOWN ? ", …" : "") + ")");
        }
        return holds;
    }

    private static List<String> clashingArtifacts(Set<String> present, Path folder, BatchSpec spec, List<CaseInput> cases) {
        List<String> clashing = new ArrayList<>();
        if (present.isEmpty() || spec.exports().isEmpty()) {
            return clashing;
        }
        ArtifactNames names = ArtifactNames.of(spec.nameTemplate());
        for (int i = 0; i < cases.size(); i++) {
            CaseInput input = cases.get(i);
            Map<String, String> values = CaseExecutor.placeholders(input.name(), i + 1, "0", spec, input.inputs());
            for (String format : spec.exports()) {
                if (format.equals(ResultFiles.MERGED_PDF)) {
                    continue;
                }
                String file = names.resolve(folder, values, format).getFileName().toString();
                if (present.contains(file.toLowerCase(Locale.ROOT))) {
                    clashing.add(file);
                }
            }
        }
        return clashing;
    }

    /** The first of {@code DIR-2}, {@code DIR-3}, … that holds nothing of another batch's. */
    private Path renamed(Caller caller, Path folder, BatchSpec spec, List<CaseInput> cases, boolean create) {
        for (int n = 2; ; n++) {
            Path candidate = folder.resolveSibling(folder.getFileName() + "-" + n);
            if (Files.exists(candidate) && !isEmptyFolder(candidate) || !holds(candidate, spec, cases).isEmpty()) {
                continue;
            }
            if (paths.home().owns(candidate)) {
                continue;
            }
            paths.requireWritableFolder(caller, "output folder", candidate);
            if (!create) {
                return candidate;
            }
            try {
                Files.createDirectory(candidate);
                requireWritable(candidate);
                return candidate;
            } catch (FileAlreadyExistsException raced) {
                if (isEmptyFolder(candidate)) {
                    return candidate;
                }
            } catch (IOException e) {
                throw new RpcException(ErrorCode.INVALID_SPEC, "cannot make the output folder " + candidate + ": " + e.getMessage());
            }
        }
    }

    private static RpcException refusal(Path folder, List<String> holds, Path renamed) {
        StringBuilder message = new StringBuilder("output folder " + folder + " already holds " + String.join("; ", holds)
                + "; nothing was queued. Choose what to do with them (--overwrite):");
        ObjectNode details = Json.object().put("folder", folder.toString()).put("renamed", renamed.toString());
        details.set("holds", Json.tree(holds));
        ArrayNode choices = details.putArray("choices");
        for (OverwritePolicy choice : OverwritePolicy.CHOICES) {
            String meaning = choice == OverwritePolicy.RENAME ? "this batch writes into " + renamed : choice.meaning();
            message.append(choice == OverwritePolicy.CHOICES.get(0) ? " " : ", ").append(choice.word()).append(" (")
                    .append(meaning).append(')');
            choices.add(Json.object().put("choice", choice.word()).put("meaning", meaning));
        }
        return new RpcException(ErrorCode.OUTPUT_EXISTS, message.toString(), details);
    }

    /**
     * {@code SHEET-results} beside the worksheet, where its user may write; when that folder cannot be written (a
     * read-only share), the same name in the daemon's own results folder, for the daemon's own user only: another
     * user could not read it there, and is asked to name a folder.
     */
    private Path ownBase(Caller caller, Path worksheet) {
        String name = CaseExecutor.baseName(worksheet) + "-results";
        Path beside = worksheet.resolveSibling(name);
        try {
            paths.requireWritableFolder(caller, "output folder", beside);
            requireWritable(beside);
            return beside;
        } catch (RpcException e) {
            if (caller.kind() != Caller.Kind.SELF) {
                throw new RpcException(e.code(), e.getMessage() + "; name an output folder you may write (--out)", e.details());
            }
            Path own = fallbackOutputs.resolve(name);
            requireWritable(own);
            return own;
        }
    }

    static void requireWritable(Path outDir) {
        try {
            Files.createDirectories(outDir);
            Path probe = Files.createTempFile(outDir, ".primebatch", ".probe");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "output folder is not writable: " + outDir + " (" + e.getMessage() + ")");
        }
    }

    private static Set<String> fileNames(Path folder) {
        Set<String> names = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                names.add(file.getFileName().toString().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "cannot read the output folder " + folder + ": " + e.getMessage());
        }
        return names;
    }

    private static boolean isEmptyFolder(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            return !files.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
