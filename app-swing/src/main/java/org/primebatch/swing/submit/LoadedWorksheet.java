package org.primebatch.swing.submit;

import java.nio.file.Path;
import org.primebatch.api.DesignationNames;
import org.primebatch.api.WorksheetInfo;

/**
 * A worksheet the daemon has read: its absolute path, its designations (those it holds and those {@code designate}
 * adds by name) and every variable a name may designate ({@code info.definitions()}).
 */
public record LoadedWorksheet(Path path, WorksheetInfo info, DesignationNames designate) {
    public LoadedWorksheet {
        designate = designate == null ? DesignationNames.NONE : designate;
    }

    /** A worksheet read without names designated. */
    public LoadedWorksheet(Path path, WorksheetInfo info) {
        this(path, info, DesignationNames.NONE);
    }

    /** The file name without its extension, as {@code {worksheet}} in a name template. */
    public String baseName() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
