package org.primebatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.primebatch.api.WorksheetCheck;
import org.primebatch.engine.CallTimeouts;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.SessionOptions;
import org.primebatch.mcdx.McdxWorksheet;

/**
 * {@code check SHEET --with mathcad}: Mathcad Prime opens a private copy of the worksheet, recalculates it with the
 * worksheet's own inputs and saves it; the native engine is then checked against those fresh results instead of the
 * stored ones. The user's file is never changed: the recalculated copy is kept only when the user names a new file.
 *
 * @param stored       the check against the worksheet's own stored results
 * @param fresh        the check against the results Mathcad Prime just calculated
 * @param recalculated the copy Mathcad Prime saved (in a temporary folder)
 */
record FreshResultsCheck(String worksheet, String engine, String engineVersion, WorksheetCheck stored,
        WorksheetCheck fresh, String recalculated) {

    static FreshResultsCheck run(Engine reference, Path sheet, Path folder) throws EngineException {
        String file = sheet.getFileName().toString();
        String name = file.endsWith(".mcdx") ? file.substring(0, file.length() - 5) : file;
        Path copy = folder.resolve(name + "-recalculated.mcdx");
        try (EngineSession session = reference.open(sheet, new SessionOptions(Map.of(), CallTimeouts.DEFAULTS))) {
            session.calculate();
            session.export("mcdx", copy, name);
        }
        return new FreshResultsCheck(sheet.toString(), reference.name(), reference.version(),
                McdxWorksheet.open(sheet).check(), McdxWorksheet.open(copy).check(), copy.toString());
    }

    /** Whether the native engine reproduces the fresh results as it must to run batches. */
    boolean nativeReproducesMathcad() {
        return fresh.runsNatively();
    }

    /** Writes the recalculated copy to {@code target}, a new file that is not the worksheet itself. */
    void save(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.equals(Path.of(worksheet)) || Files.exists(absolute)) {
            throw new CliFailure(Main.BAD_INPUT, absolute + " exists" + (absolute.equals(Path.of(worksheet))
                    ? " (it is the worksheet itself, which primebatch never changes)" : "") + "; name a new file");
        }
        Files.copy(Path.of(recalculated), absolute, StandardCopyOption.COPY_ATTRIBUTES);
    }

    void print(PrintWriter out, Path saved) {
        out.printf("worksheet  %s%n", worksheet);
        out.printf("against    the results Mathcad Prime %s calculated just now on a private copy (the worksheet's stored "
                + "results are not used)%n", engineVersion);
        out.printf("values     %d matched, %d mismatched, %d unsupported, %d stale%n", fresh.matched(), fresh.mismatched(),
                fresh.unsupported(), fresh.stale());
        fresh.outputs().forEach(output -> out.printf("output     %s (region %d): %s%s%n", output.name(), output.region(),
                output.status(), output.computed() == null ? "" : ", " + output.computed()));
        out.println(fresh.runsNatively()
                ? "native     yes: the native engine reproduces Mathcad Prime's results of this worksheet"
                : "native     no: " + String.join("; ", fresh.reasons()));
        if (stored.mismatched() > 0) {
            out.printf("stored     %d of the worksheet's stored values differ from the native engine's%s; batches take it "
                    + "natively once it is saved recalculated%s%n", stored.mismatched(),
                    stored.staleResults() != null ? " (consistent with stale stored results)" : "",
                    saved != null ? ": the recalculated copy is " + saved
                            : fresh.runsNatively() ? " (--save FILE writes Mathcad Prime's recalculated copy)" : "");
        } else if (saved != null) {
            out.printf("saved      %s%n", saved);
        }
        fresh.problems().forEach(p -> out.printf("  region %d%s: %s: %s%n", p.region(), p.name() == null ? "" : " " + p.name(),
                p.status(), p.reason()));
    }
}
