package org.primebatch.mcdx.math;

import org.w3c.dom.Element;

/** One math region of a worksheet: its id and the first {@code ml:} child of its {@code <math>}. */
public record MathRegion(String regionId, Element math) {
}
