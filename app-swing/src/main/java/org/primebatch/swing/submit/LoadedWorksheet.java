package org.primebatch.swing.submit;

import java.nio.file.Path;
import org.primebatch.api.WorksheetInfo;

/** A worksheet the daemon has read: its absolute path and its designations. */
public record LoadedWorksheet(Path path, WorksheetInfo info) {
    /** The file name without its extension, as {@code {worksheet}} in a name template. */
    public String baseName() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
