package org.primebatch.mcdx.math;

import org.primebatch.mcdx.syntax.MathExpr;

/** One math region of a worksheet: its id and its expression. */
public record MathRegion(String regionId, MathExpr math) {
}
