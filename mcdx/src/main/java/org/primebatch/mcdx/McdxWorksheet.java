package org.primebatch.mcdx;

import java.nio.file.Path;
import java.util.Set;
import org.primebatch.api.WorksheetCheck;
import org.primebatch.api.WorksheetInfo;
import org.primebatch.mcdx.check.AddInCalls;
import org.primebatch.mcdx.check.CompiledWorksheet;
import org.primebatch.mcdx.check.WorksheetChecker;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.sheet.WorksheetInspector;

/**
 * A Mathcad Prime worksheet read from its .mcdx file, without Mathcad: what it designates, and whether the native
 * evaluator reproduces what Mathcad stored in it. To run cases on it, open a session of {@link NativeEngine}.
 */
public final class McdxWorksheet {
    private final Worksheet sheet;

    private McdxWorksheet(Worksheet sheet) {
        this.sheet = sheet;
    }

    /** Reads {@code file}; throws {@link McdxException} when it is not a readable worksheet. */
    public static McdxWorksheet open(Path file) {
        return new McdxWorksheet(Worksheet.open(file));
    }

    /** The designated inputs with their values and the designated outputs with their stored results; nothing is calculated. */
    public WorksheetInfo inspect() {
        return WorksheetInspector.inspect(sheet);
    }

    /** Evaluates the worksheet with its own inputs and compares every value Mathcad stored. */
    public WorksheetCheck check() {
        return WorksheetChecker.check(CompiledWorksheet.of(sheet));
    }

    /** The regions that hold math, at any depth. */
    public long mathRegions() {
        return sheet.regions().stream().filter(region -> region.mathContent().isPresent()).count();
    }

    /** Functions taken from DLL add-ins, plus {@code include} for an included worksheet: never evaluated natively. */
    public Set<String> addInCalls() {
        return AddInCalls.of(sheet);
    }
}
