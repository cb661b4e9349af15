package org.primebatch.mcdx.sheet;

import java.util.Arrays;
import java.util.Locale;

/** What a region holds, after the element inside {@code <region>}. */
public enum RegionKind {
    MATH("math"),
    TEXT("text"),
    SOLVEBLOCK("solveblock"),
    AREA("Area"),
    PLOT("plot"),
    PICTURE("picture"),
    OLE_OBJECT("oleObject"),
    PAGE_BREAK("pageBreak"),
    CHART("chartComponent"),
    CHART_OLE_OBJECT("chartOleObject"),
    EXCEL("excelComponent"),
    EXCEL_TABLE("excelTable"),
    SPEC_TABLE("spec-table"),
    REFERENCE("reference"),
    /** An element this reader does not know; {@link Region#elementName()} names it. */
    OTHER("");

    private final String elementName;

    RegionKind(String elementName) {
        this.elementName = elementName;
    }

    public static RegionKind ofElement(String localName) {
        return Arrays.stream(values()).filter(k -> k != OTHER && k.elementName.equals(localName)).findFirst().orElse(OTHER);
    }

    /** The kind as one lower-case word: {@code math}, {@code solveblock}, {@code ole-object}, … */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
