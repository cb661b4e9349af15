package org.primebatch.swing.submit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primebatch.api.ArtifactNames;
import org.primebatch.api.CaseInput;

/**
 * The artifact names the first cases of a batch would get, by the daemon's own rule ({@link ArtifactNames}): the name
 * template filled with {@code {case}}, {@code {seq}}, {@code {batch}}, {@code {worksheet}} and input aliases, made a
 * safe file name, and a counter for a name already given. Only a preview: the dry run answers with the daemon's own.
 */
public final class NamePreview {
    private NamePreview() {
    }

    /** One case's names: its number (from 1) and a file name per export. */
    public record CaseNames(int seq, List<String> names) {
    }

    /**
     * The names of the first {@code count} cases, one per export; with no export, the bare names.
     *
     * @throws IllegalArgumentException when the template is not one the daemon takes, naming what is wrong
     */
    public static List<CaseNames> of(String template, String worksheetName, List<CaseInput> cases, List<String> exports,
                                     int count) {
        ArtifactNames names = ArtifactNames.of(template);
        Path folder = Path.of("preview");
        List<CaseNames> preview = new ArrayList<>();
        for (int i = 0; i < Math.min(count, cases.size()); i++) {
            CaseInput input = cases.get(i);
            Map<String, String> values = ArtifactNames.placeholders(input.name(), i + 1, "new", worksheetName, input.inputs());
            List<String> files = new ArrayList<>();
            for (String export : exports.isEmpty() ? List.of("") : exports) {
                files.add(names.resolve(folder, values, export.isEmpty() ? null : export, i + 1).getFileName().toString());
            }
            preview.add(new CaseNames(i + 1, files));
        }
        return preview;
    }

}
