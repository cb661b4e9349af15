package org.primebatch.mcdx.sheet;

import org.primebatch.mcdx.xml.Dom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.primebatch.mcdx.McdxException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.primebatch.mcdx.xml.McdxNamespaces;

/** Reads the region tree of worksheet.xml and puts it in reading order: top, then left, by absolute position. */
final class RegionReader {
    private static final String WS = McdxNamespaces.WORKSHEET;
    /** Ties (same position) keep document order, so a container comes before a region at its own corner. */
    private static final Comparator<Region> READING_ORDER =
            Comparator.comparingDouble(Region::top).thenComparingDouble(Region::left);

    private final String source;

    RegionReader(String source) {
        this.source = source;
    }

    /** Top-level regions in reading order, each with its nested regions. */
    List<Region> topLevel(Document worksheet) {
        Element root = worksheet.getDocumentElement();
        if (!Dom.is(root, WS, "worksheet")) {
            throw new McdxException(source, "not a Mathcad worksheet (worksheet.xml holds <" + root.getTagName() + ">)");
        }
        return Dom.child(root, WS, "regions").map(r -> read(r, null, 0, 0)).orElse(List.of());
    }

    /** Every region, nested ones included, in reading order by absolute position. */
    static List<Region> flatten(List<Region> topLevel) {
        List<Region> all = new ArrayList<>();
        collect(topLevel, all);
        all.sort(READING_ORDER);
        return List.copyOf(all);
    }

    private static void collect(List<Region> regions, List<Region> into) {
        for (Region r : regions) {
            into.add(r);
            collect(r.children(), into);
        }
    }

    private List<Region> read(Element regions, Integer parentId, double originTop, double originLeft) {
        List<Region> out = new ArrayList<>();
        for (Element region : Dom.children(regions, WS, "region")) {
            out.add(region(region, parentId, originTop, originLeft));
        }
        out.sort(READING_ORDER);
        return out;
    }

    private Region region(Element region, Integer parentId, double originTop, double originLeft) {
        Integer id = Dom.intAttribute(region, "region-id");
        if (id == null) {
            throw new McdxException(source, "a region in worksheet.xml has no region-id");
        }
        double top = originTop + Dom.doubleAttribute(region, "top", 0);
        double left = originLeft + Dom.doubleAttribute(region, "left", 0);
        double width = Dom.doubleAttribute(region, "actualWidth", Dom.doubleAttribute(region, "width", 0));
        double height = Dom.doubleAttribute(region, "actualHeight", Dom.doubleAttribute(region, "height", 0));
        Element content = Dom.firstChild(region).orElse(null);
        if (content == null) {
            return new Region(id, RegionKind.OTHER, "", top, left, width, height, parentId, List.of(), null, region);
        }
        RegionKind kind = RegionKind.ofElement(content.getLocalName());
        List<Region> children = Dom.child(content, WS, "regions").map(r -> read(r, id, top, left)).orElse(List.of());
        MathRegion math = kind == RegionKind.MATH ? MathRegion.of(content) : null;
        return new Region(id, kind, content.getLocalName(), top, left, width, height, parentId, children, math, region);
    }
}
