package org.primebatch.mcdx.math;

import java.util.List;
import java.util.Map;
import org.primebatch.mcdx.syntax.MathExpr;

/**
 * What the solver of a solve block is compiled with: the block's constraints, and the guess value written in the
 * block for each unknown by name. Guesses are compiled where find is written, so that a solve block defined as a
 * function ({@code f(a, b) := find(x)}) takes guesses that depend on its parameters.
 */
record SolveBlockSource(List<MathExpr> constraints, Map<String, MathExpr> guesses) {
    SolveBlockSource {
        constraints = List.copyOf(constraints);
        guesses = Map.copyOf(guesses);
    }
}
