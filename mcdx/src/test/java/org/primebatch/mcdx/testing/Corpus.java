package org.primebatch.mcdx.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared worksheet corpus, read in place beside the repository. */
public final class Corpus {
    private Corpus() {
    }

    public static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            for (Path candidate : new Path[] {p.resolve("shared/corpus/mcdx"), p.resolve("../shared/corpus/mcdx")}) {
                if (Files.isDirectory(candidate) && Files.exists(candidate.resolve("FORMAT.md"))) {
                    return candidate.normalize();
                }
            }
        }
        throw new IllegalStateException("the worksheet corpus (../shared/corpus/mcdx) is not beside the repository");
    }

    /** A small worksheet with inputs input_1, input_2 and output {@code output}. */
    public static Path simpleExample() {
        return dir().resolve("MattWoodhead__MathcadPy/documentation__Examples__simple_example.mcdx");
    }
}
