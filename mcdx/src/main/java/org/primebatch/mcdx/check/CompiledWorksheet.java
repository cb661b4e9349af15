package org.primebatch.mcdx.check;

import java.util.ArrayList;
import java.util.List;
import org.primebatch.mcdx.math.MathProgram;
import org.primebatch.mcdx.math.MathRegion;
import org.primebatch.mcdx.math.SolverTolerances;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.RegionKind;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.xml.Dom;
import org.w3c.dom.Element;
import org.primebatch.mcdx.syntax.MathParser;

/**
 * A worksheet with its math compiled once, the columns of specification tables included, with the worksheet's
 * ORIGIN, TOL and CTOL. The regions of a solve block carry the part they play in it (guess value, constraint,
 * solver), so that the solver's {@code find} or {@code minerr} is compiled with the block's constraints.
 */
public record CompiledWorksheet(Worksheet sheet, MathProgram program) {
    public static CompiledWorksheet of(Worksheet sheet) {
        List<MathRegion> math = new ArrayList<>();
        for (Region region : sheet.regions()) {
            if (region.kind() == RegionKind.SPEC_TABLE) {
                addTableColumns(region, math);
            }
            if (region.mathContent().isEmpty()) {
                continue;
            }
            math.add(new MathRegion(Integer.toString(region.id()), region.mathContent().get().syntax(),
                    solveBlockPart(sheet, region)));
        }
        SolverTolerances tolerances = SolverTolerances.of(sheet.settings().convergenceTolerance(),
                sheet.settings().constraintTolerance());
        return new CompiledWorksheet(sheet, MathProgram.compile(math, sheet.settings().origin(), tolerances));
    }

    /** The part a region inside a solve block plays there, from its {@code solve-block-category}; null outside. */
    private static MathRegion.SolveBlockPart solveBlockPart(Worksheet sheet, Region region) {
        if (region.parentId() == null || sheet.region(region.parentId()).map(Region::kind)
                .filter(k -> k == RegionKind.SOLVEBLOCK).isEmpty()) {
            return null;
        }
        String category = Dom.attribute(region.element(), "solve-block-category");
        MathRegion.SolveBlockPart.Role role = category == null ? null : switch (category) {
            case "guess-value" -> MathRegion.SolveBlockPart.Role.GUESS;
            case "constraint" -> MathRegion.SolveBlockPart.Role.CONSTRAINT;
            case "solver" -> MathRegion.SolveBlockPart.Role.SOLVER;
            default -> null;
        };
        return role == null ? null : new MathRegion.SolveBlockPart(Integer.toString(region.parentId()), role);
    }

    /** A table defines one variable per column, each in a {@code <math>} of its own: ids {@code 74:1}, {@code 74:2}… */
    private static void addTableColumns(Region region, List<MathRegion> into) {
        int column = 0;
        for (Element table : Dom.children(region.element())) {
            for (Element math : Dom.children(table)) {
                List<Element> parts = Dom.children(math);
                if ("math".equals(math.getLocalName()) && !parts.isEmpty()) {
                    into.add(new MathRegion(region.id() + ":" + ++column, MathParser.parse(parts.get(0))));
                }
            }
        }
    }
}
