package org.primebatch.engine.mcdx.write;

import java.util.ArrayList;
import java.util.List;
import org.primebatch.engine.mcdx.math.MathProgram;
import org.primebatch.engine.mcdx.math.MathRegion;
import org.primebatch.engine.mcdx.sheet.Region;
import org.primebatch.engine.mcdx.sheet.Worksheet;

/** The math of a worksheet model compiled for the native engine: its math regions in reading order, by region id. */
public final class WorksheetPrograms {
    private WorksheetPrograms() {
    }

    public static MathProgram compile(Worksheet sheet) {
        List<MathRegion> regions = new ArrayList<>();
        for (Region region : sheet.regions()) {
            region.mathContent().ifPresent(math ->
                    regions.add(new MathRegion(Integer.toString(region.id()), math.expression())));
        }
        return MathProgram.compile(regions, sheet.settings().origin());
    }
}
