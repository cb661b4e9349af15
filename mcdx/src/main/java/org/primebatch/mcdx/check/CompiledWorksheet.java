package org.primebatch.mcdx.check;

import java.util.ArrayList;
import java.util.List;
import org.primebatch.mcdx.math.MathProgram;
import org.primebatch.mcdx.math.MathRegion;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.RegionKind;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.xml.Dom;
import org.w3c.dom.Element;
import org.primebatch.mcdx.syntax.MathParser;

/**
 * A worksheet with its math compiled once, the columns of specification tables included. The regions of a solve
 * block are compiled like any other: its definitions are plain ones, and the solver's functions are refused.
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
            math.add(new MathRegion(Integer.toString(region.id()), region.mathContent().get().syntax()));
        }
        return new CompiledWorksheet(sheet, MathProgram.compile(math, sheet.settings().origin()));
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
