package org.primebatch.mcdx;

import java.nio.file.Path;
import java.util.Map;
import org.primebatch.engine.EngineSession;
import org.primebatch.mcdx.check.CompiledWorksheet;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.sheet.Worksheet;

/**
 * A session of the native evaluator on any readable worksheet, whatever {@code check} found in its stored results:
 * what a fake Mathcad Prime computes with, since Prime opens and recalculates a worksheet whose stored results are
 * stale. Regions the evaluator does not support are left uncalculated, as ever.
 */
public final class AnyWorksheetSession {
    private AnyWorksheetSession() {
    }

    /** Throws {@link McdxException} when the file is not a readable worksheet. */
    public static EngineSession open(Path file) {
        McdxPackage pkg = McdxPackage.open(file);
        return new NativeSession(CompiledWorksheet.of(Worksheet.read(pkg)), pkg, "fake", Map.of());
    }
}
