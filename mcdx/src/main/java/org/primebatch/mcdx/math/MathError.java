package org.primebatch.mcdx.math;

/** An error Mathcad itself would report for the region: division by zero, an index out of range, mismatched units. */
public class MathError extends RuntimeException {
    public MathError(String message) {
        super(message, null, false, false);
    }
}
