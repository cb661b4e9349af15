package org.primebatch.mcdx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primebatch.api.DesignationNames;
import org.primebatch.api.WorksheetCheck;
import org.primebatch.api.WorksheetInfo;
import org.primebatch.mcdx.check.AddInCalls;
import org.primebatch.mcdx.check.CompiledWorksheet;
import org.primebatch.mcdx.check.WorksheetChecker;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.sheet.Designation;
import org.primebatch.mcdx.sheet.NamedDesignations;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.sheet.WorksheetInspector;
import org.primebatch.mcdx.write.IntegrationXml;

/**
 * A Mathcad Prime worksheet read from its .mcdx file, without Mathcad: what it designates, and whether the native
 * evaluator reproduces what Mathcad stored in it. {@link #designating} gives a private copy that designates more
 * definitions by name; the file itself is never changed. To run cases on it, open a session of {@link NativeEngine}.
 */
public final class McdxWorksheet {
    private final McdxPackage pkg;
    private final Worksheet sheet;

    private McdxWorksheet(McdxPackage pkg, Worksheet sheet) {
        this.pkg = pkg;
        this.sheet = sheet;
    }

    /** Reads {@code file}; throws {@link McdxException} when it is not a readable worksheet. */
    public static McdxWorksheet open(Path file) {
        McdxPackage pkg = McdxPackage.open(file);
        return new McdxWorksheet(pkg, Worksheet.read(pkg));
    }

    /**
     * A copy of this worksheet, in memory, whose {@code mathcad/integration.xml} designates {@code names} as well,
     * written as Mathcad Prime writes it; this worksheet itself when the names add nothing.
     *
     * @throws DesignationException naming each name that cannot be designated and why
     */
    public McdxWorksheet designating(DesignationNames names) {
        if (names.isEmpty()) {
            return this;
        }
        List<Designation> added = NamedDesignations.resolve(sheet, names);
        if (added.isEmpty()) {
            return this;
        }
        if (!pkg.has(Designation.PART)) {
            throw new DesignationException(sheet.source() + " has no " + Designation.PART
                    + " (it was not saved by Mathcad Prime), so nothing can be designated in it by name");
        }
        List<Designation> all = new ArrayList<>(sheet.designations());
        all.addAll(added);
        McdxPackage copy = pkg.withParts(Map.of(Designation.PART, IntegrationXml.of(all)));
        return new McdxWorksheet(copy, Worksheet.read(copy));
    }

    /** The designated inputs with their values and the designated outputs with their stored results; nothing is calculated. */
    public WorksheetInfo inspect() {
        return WorksheetInspector.inspect(sheet);
    }

    /** {@link #inspect()} and every variable a designation by name may name, with its value and unit. */
    public WorksheetInfo inspectAll() {
        return inspect().withDefinitions(WorksheetInspector.definitions(sheet));
    }

    /** Evaluates the worksheet with its own inputs and compares every value Mathcad stored. */
    public WorksheetCheck check() {
        return WorksheetChecker.check(CompiledWorksheet.of(sheet));
    }

    /** Writes this worksheet's package, the designations it was given included, to {@code target}. */
    public void write(Path target) throws IOException {
        pkg.writeTo(target, Map.of());
    }

    /** The regions that hold math, at any depth. */
    public long mathRegions() {
        return sheet.regions().stream().filter(region -> region.mathContent().isPresent()).count();
    }

    /** Functions taken from DLL add-ins, plus {@code include} for an included worksheet: never evaluated natively. */
    public Set<String> addInCalls() {
        return AddInCalls.of(sheet);
    }

    McdxPackage pkg() {
        return pkg;
    }

    Worksheet sheet() {
        return sheet;
    }
}
