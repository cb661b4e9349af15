package org.primebatch.engine.mcdx.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primebatch.engine.mcdx.math.MathProgram;
import org.primebatch.engine.mcdx.math.MathRegion;
import org.primebatch.engine.mcdx.sheet.Region;
import org.primebatch.engine.mcdx.sheet.RegionKind;
import org.primebatch.engine.mcdx.sheet.Worksheet;

/**
 * A worksheet with its math compiled once. Regions inside solve blocks are not compiled: their math only means
 * something to the solver, which the native engine does not have.
 */
public record CompiledWorksheet(Worksheet sheet, MathProgram program, Map<Integer, String> notCompiled) {
    public CompiledWorksheet {
        notCompiled = Map.copyOf(notCompiled);
    }

    public static CompiledWorksheet of(Worksheet sheet) {
        List<MathRegion> math = new ArrayList<>();
        Map<Integer, String> notCompiled = new HashMap<>();
        for (Region region : sheet.regions()) {
            if (region.mathContent().isEmpty()) {
                continue;
            }
            Optional<Region> solveBlock = enclosing(sheet, region, RegionKind.SOLVEBLOCK);
            if (solveBlock.isPresent()) {
                notCompiled.put(region.id(), "inside the solve block of region " + solveBlock.get().id());
                continue;
            }
            math.add(new MathRegion(Integer.toString(region.id()), region.mathContent().get().expression()));
        }
        return new CompiledWorksheet(sheet, MathProgram.compile(math, sheet.settings().origin()), notCompiled);
    }

    private static Optional<Region> enclosing(Worksheet sheet, Region region, RegionKind kind) {
        Integer parent = region.parentId();
        while (parent != null) {
            Optional<Region> p = sheet.region(parent);
            if (p.isEmpty()) {
                return Optional.empty();
            }
            if (p.get().kind() == kind) {
                return p;
            }
            parent = p.get().parentId();
        }
        return Optional.empty();
    }
}
