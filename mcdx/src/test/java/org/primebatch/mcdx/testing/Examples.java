package org.primebatch.mcdx.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's own examples, found by walking up from the working directory. */
public final class Examples {
    private Examples() {
    }

    /** The folder {@code examples/beam}: the beam worksheet, its cases and README. */
    public static Path beamDir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/beam"))) {
                return p.resolve("examples/beam");
            }
        }
        throw new IllegalStateException("no examples/beam above " + Path.of("").toAbsolutePath());
    }

    public static Path beamWorksheet() {
        return beamDir().resolve("beam.mcdx");
    }

    public static Path beamCases() {
        return beamDir().resolve("cases.csv");
    }
}
