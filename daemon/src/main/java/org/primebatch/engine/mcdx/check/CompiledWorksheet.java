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
import org.primebatch.engine.mcdx.xml.Dom;
import org.w3c.dom.Element;

/**
 * A worksheet with its math compiled once, the columns of specification tables included. Regions inside solve blocks are not compiled: their math only means
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
            if (region.kind() == RegionKind.SPEC_TABLE && enclosing(sheet, region, RegionKind.SOLVEBLOCK).isEmpty()) {
                addTableColumns(region, math);
            }
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

    /** A table defines one variable per column, each in a {@code <math>} of its own: ids {@code 74:1}, {@code 74:2}… */
    private static void addTableColumns(Region region, List<MathRegion> into) {
        int column = 0;
        for (Element table : Dom.children(region.element())) {
            for (Element math : Dom.children(table)) {
                List<Element> parts = Dom.children(math);
                if ("math".equals(math.getLocalName()) && !parts.isEmpty()) {
                    into.add(new MathRegion(region.id() + ":" + ++column, parts.get(0)));
                }
            }
        }
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
