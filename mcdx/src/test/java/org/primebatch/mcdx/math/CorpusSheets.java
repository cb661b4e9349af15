package org.primebatch.mcdx.math;

import org.primebatch.mcdx.xml.Dom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.RegionKind;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.testing.Corpus;
import org.w3c.dom.Element;
import org.primebatch.mcdx.syntax.MathParser;

/** The corpus worksheets, read as the engine reads them: math regions in reading order, nested ones included. */
final class CorpusSheets {
    private CorpusSheets() {
    }

    record Sheet(Path path, Worksheet worksheet, List<MathRegion> regions) {
        MathProgram compile() {
            return MathProgram.compile(regions, worksheet.settings().origin());
        }
    }

    static List<Path> paths() throws Exception {
        try (Stream<Path> files = Files.walk(Corpus.dir())) {
            return files.filter(p -> p.toString().endsWith(".mcdx")).sorted().toList();
        }
    }

    /** The sheet, or null when it cannot be read as a worksheet. */
    static Sheet open(Path path) {
        Worksheet worksheet;
        try {
            worksheet = Worksheet.open(path);
        } catch (RuntimeException e) {
            return null;
        }
        List<MathRegion> regions = new ArrayList<>();
        for (Region region : worksheet.regions()) {
            region.mathContent().ifPresent(m -> regions.add(new MathRegion(Integer.toString(region.id()),
                    m.syntax())));
            if (region.kind() == RegionKind.SPEC_TABLE) {
                addTableColumns(region, regions);
            }
        }
        return new Sheet(path, worksheet, regions);
    }

    /** A table defines one variable per column, each in a {@code <math>} of its own: ids {@code 74:1}, {@code 74:2}… */
    private static void addTableColumns(Region region, List<MathRegion> into) {
        int column = 0;
        for (Element table : Dom.children(region.element())) {
            for (Element math : Dom.children(table)) {
                List<Element> parts = Dom.children(math);
                if (Dom.name(math).equals("math") && !parts.isEmpty()) {
                    into.add(new MathRegion(region.id() + ":" + ++column, MathParser.parse(parts.get(0))));
                }
            }
        }
    }
}
