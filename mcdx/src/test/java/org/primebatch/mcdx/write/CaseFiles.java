package org.primebatch.mcdx.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.primebatch.mcdx.math.FunctionValue;
import org.primebatch.mcdx.math.Outcome;
import org.primebatch.mcdx.math.Results;
import org.primebatch.mcdx.math.Value;

/** Test helpers: the beam example, zip entries of written files, outcomes as comparable text. */
final class CaseFiles {
    private CaseFiles() {
    }

    static Path beam() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/beam/beam.mcdx"))) {
                return p.resolve("examples/beam/beam.mcdx");
            }
        }
        throw new IllegalStateException("examples/beam/beam.mcdx is not above the working directory");
    }

    /** Every entry of a zip by name, in order. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(zip)); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }

    /** Each region's outcome as text that two runs agree on exactly when their outcomes agree. */
    static Map<String, String> describe(Results results) {
        Map<String, String> out = new TreeMap<>();
        results.byRegion().forEach((id, outcome) -> out.put(id, describe(outcome)));
        return out;
    }

    private static String describe(Outcome outcome) {
        if (outcome instanceof Outcome.Defined d) {
            return "defined " + d.name() + " = " + describe(d.value());
        }
        if (outcome instanceof Outcome.Evaluated e) {
            return "evaluated " + e.name() + " = " + describe(e.value()) + " " + e.displayUnit();
        }
        if (outcome instanceof Outcome.Failed f) {
            return "failed: " + f.error().getMessage();
        }
        if (outcome instanceof Outcome.Refused r) {
            return "refused: " + r.reason();
        }
        return "inert";
    }

    private static String describe(Value value) {
        return value instanceof FunctionValue ? "a function" : value.toString();
    }
}
