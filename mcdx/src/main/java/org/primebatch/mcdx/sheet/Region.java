package org.primebatch.mcdx.sheet;

import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * One region of a worksheet. {@code top} and {@code left} are absolute (the file stores nested regions relative
 * to their container); regions inside text, which have no position of their own, take their container's.
 * {@code parentId} is null for top-level regions; {@code children} are the regions directly inside, in reading
 * order. {@code element} is the {@code <region>} element. {@code math} is null unless the kind is {@link RegionKind#MATH} and it holds an expression.
 */
public record Region(int id, RegionKind kind, String elementName, double top, double left, double width, double height,
                     Integer parentId, List<Region> children, MathRegion math, Element element) {
    public Region {
        children = List.copyOf(children);
    }

    public Optional<MathRegion> mathContent() {
        return Optional.ofNullable(math);
    }

    public boolean isTopLevel() {
        return parentId == null;
    }
}
