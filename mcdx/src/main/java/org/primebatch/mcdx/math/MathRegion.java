package org.primebatch.mcdx.math;

import java.util.Optional;
import org.primebatch.mcdx.syntax.MathExpr;

/**
 * One math region of a worksheet: its id, its expression and, for a region inside a solve block, the part it
 * plays there (null outside one).
 */
public record MathRegion(String regionId, MathExpr math, SolveBlockPart solveBlock) {
    public MathRegion(String regionId, MathExpr math) {
        this(regionId, math, null);
    }

    public Optional<SolveBlockPart> solveBlockPart() {
        return Optional.ofNullable(solveBlock);
    }

    /** Which solve block a region belongs to, and whether it holds a guess value, a constraint or the solver. */
    public record SolveBlockPart(String block, Role role) {
        public enum Role { GUESS, CONSTRAINT, SOLVER }
    }
}
