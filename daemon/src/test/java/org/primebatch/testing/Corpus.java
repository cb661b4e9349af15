package org.primebatch.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Worksheets of the shared corpus, read in place (never copied into the project). */
public final class Corpus {
    private static final String SIMPLE = "MattWoodhead__MathcadPy/documentation__Examples__simple_example.mcdx";

    private Corpus() {
    }

    /** The corpus folder {@code shared/corpus/mcdx}: found by walking up from the working directory. */
    public static Path mcdxDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("shared/corpus/mcdx"), dir.resolve("../shared/corpus/mcdx")}) {
                if (Files.isDirectory(candidate)) {
                    return candidate.normalize();
                }
            }
        }
        throw new IllegalStateException("no shared/corpus/mcdx above " + Path.of("").toAbsolutePath());
    }

    /** A small real worksheet; the echo engine only needs it to exist. */
    public static Path simpleExample() {
        Path sheet = mcdxDir().resolve(SIMPLE);
        if (!Files.isRegularFile(sheet)) {
            throw new IllegalStateException("missing corpus worksheet " + sheet);
        }
        return sheet;
    }
}
