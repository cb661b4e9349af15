package org.primebatch.mcdx;

import org.primebatch.api.WorksheetInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primebatch.api.CaseValue;
import org.primebatch.api.DesignationNames;
import org.primebatch.api.WorksheetCheck;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.SessionOptions;
import org.primebatch.mcdx.check.CompiledWorksheet;
import org.primebatch.mcdx.check.WorksheetChecker;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.math.DisplayUnit;
import org.primebatch.mcdx.units.UnitException;
import org.primebatch.mcdx.units.UnitExpression;
import org.primebatch.mcdx.units.Units;

/**
 * The native engine: reads the .mcdx package and evaluates its math in Java, on any OS and without Mathcad. It
 * takes a worksheet only when {@code check} reproduced every designated output from the worksheet's own stored
 * results, and compiles each worksheet once per session. Definitions designated by name are designated in a
 * private copy of the worksheet held in memory, as the Mathcad engine designates them in its working copy.
 */
public final class NativeEngine implements Engine {
    public static final String NAME = "native";
    public static final String MCDX = "mcdx";
    public static final String PDF = "pdf";
    private static final int KEEP_CHECKED = 16;

    private final int slots;
    /** The worksheets checked last, a few at most: a long-lived daemon sees many worksheets over time. */
    private final Map<Key, Checked> checks = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Checked> eldest) {
            return size() > KEEP_CHECKED;
        }
    });

    public NativeEngine(int slots) {
        this.slots = slots;
    }

    /** A worksheet file and the names designated in its copy. */
    private record Key(Path file, DesignationNames names) {
    }

    /** A check result for one version of a file (path, size and modification time). */
    private record Checked(long size, FileTime modified, CompiledWorksheet compiled, McdxPackage pkg, WorksheetCheck check) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        String v = NativeEngine.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    @Override
    public Availability availability() {
        return Availability.YES;
    }

    @Override
    public int defaultSlots() {
        return slots;
    }

    @Override
    public Set<String> exportFormats() {
        return Set.of(MCDX, PDF);
    }

    @Override
    public WorksheetInfo inspect(Path worksheet) throws EngineException {
        return inspect(worksheet, DesignationNames.NONE);
    }

    @Override
    public WorksheetInfo inspect(Path worksheet, DesignationNames names) throws EngineException {
        try {
            return McdxWorksheet.open(worksheet).designating(names).inspect();
        } catch (McdxException | DesignationException e) {
            throw EngineException.permanent(e.getMessage());
        }
    }

    @Override
    public Admission admit(Path worksheet) {
        return admit(worksheet, DesignationNames.NONE);
    }

    @Override
    public Admission admit(Path worksheet, DesignationNames names) {
        try {
            Checked checked = checked(worksheet, names);
            Set<String> inputs = new LinkedHashSet<>();
            checked.compiled().sheet().inputs().forEach(d -> inputs.add(d.alias()));
            return new Admission(checked.check().reasons(), inputs);
        } catch (McdxException | DesignationException | IOException e) {
            return Admission.refused(List.of(e.getMessage()));
        }
    }

    @Override
    public String invalidInput(CaseValue value) {
        return CaseValues.problem(value);
    }

    @Override
    public EngineSession open(Path worksheet, SessionOptions options) throws EngineException {
        Checked checked;
        try {
            checked = checked(worksheet, options.designate());
        } catch (McdxException | IOException e) {
            throw EngineException.permanent("cannot read " + worksheet + ": " + e.getMessage());
        } catch (DesignationException e) {
            throw EngineException.permanent(e.getMessage());
        }
        if (!checked.check().runsNatively()) {
            throw EngineException.permanent("the native engine does not run " + worksheet.getFileName() + ": "
                    + String.join("; ", checked.check().reasons()));
        }
        Map<String, DisplayUnit> outputUnits = new HashMap<>();
        for (Map.Entry<String, String> asked : options.outputUnits().entrySet()) {
            try {
                UnitExpression unit = Units.parse(asked.getValue());
                outputUnits.put(asked.getKey(), new DisplayUnit(asked.getValue(), unit.factor(), unit.offset(), unit.dimension()));
            } catch (UnitException | IllegalArgumentException e) {
                throw EngineException.permanent("output unit of " + asked.getKey() + ": " + e.getMessage());
            }
        }
        return new NativeSession(checked.compiled(), checked.pkg(), version(), outputUnits);
    }

    private Checked checked(Path worksheet, DesignationNames names) throws IOException {
        Path file = worksheet.toAbsolutePath().normalize();
        Key key = new Key(file, names);
        long size = Files.size(file);
        FileTime modified = Files.getLastModifiedTime(file);
        Checked known = checks.get(key);
        if (known != null && known.size() == size && known.modified().equals(modified)) {
            return known;
        }
        McdxWorksheet designated = McdxWorksheet.open(file).designating(names);
        CompiledWorksheet compiled = CompiledWorksheet.of(designated.sheet());
        Checked fresh = new Checked(size, modified, compiled, designated.pkg(), WorksheetChecker.check(compiled));
        checks.put(key, fresh);
        return fresh;
    }
}
