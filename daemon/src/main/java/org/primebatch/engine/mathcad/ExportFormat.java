package org.primebatch.engine.mathcad;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What {@code SaveAs} writes, chosen by the file's extension, and the Prime version each needs. */
enum ExportFormat {
    MCDX("mcdx", 3),
    PDF("pdf", 6),
    XPS("xps", 3),
    RTF("rtf", 3);

    private final String extension;
    private final int sinceMajor;

    ExportFormat(String extension, int sinceMajor) {
        this.extension = extension;
        this.sinceMajor = sinceMajor;
    }

    static Set<String> names() {
        return Arrays.stream(values()).map(f -> f.extension).collect(Collectors.toUnmodifiableSet());
    }

    static Optional<ExportFormat> of(String name) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(name)).findFirst();
    }

    String extension() {
        return extension;
    }

    int sinceMajor() {
        return sinceMajor;
    }

    /** Saving as .mcdx makes the saved file the open worksheet; exports leave it as it was. */
    boolean renamesTheSheet() {
        return this == MCDX;
    }
}
