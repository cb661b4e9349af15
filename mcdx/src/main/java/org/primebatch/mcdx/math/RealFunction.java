package org.primebatch.mcdx.math;

import org.primebatch.mcdx.units.Dimension;

/**
 * A {@link ScalarFunction} seen as a real function of SI numbers: the argument carries the variable's dimension, and
 * every result must be a real number of one dimension (a zero without units fits any, as in Mathcad's sums).
 */
final class RealFunction {
    private final ScalarFunction function;
    private final Dimension variable;
    private final String where;
    private Dimension result;
    private int calls;

    RealFunction(ScalarFunction function, Dimension variable, String where) {
        this.function = function;
        this.variable = variable;
        this.where = where;
    }

    double at(double x) {
        calls++;
        EvaluationBudget.spend();
        Value v = function.at(new Scalar(x, variable));
        if (v instanceof ComplexScalar) {
            throw new Unsupported(where + " of a function with complex values");
        }
        if (!(v instanceof Scalar s)) {
            throw new MathError(where + ": the function must return a number, it returned " + v.kind());
        }
        if (result == null) {
            if (!(s.si() == 0 && s.isDimensionless())) {
                result = s.dimension();
            }
        } else if (!s.dimension().equals(result) && !(s.si() == 0 && s.isDimensionless())) {
            throw new InconsistentUnits(where + ": the function's units change from " + result + " to " + s.dimension());
        }
        return s.si();
    }

    /** A function whose results change units from one point to another: an error wherever it shows. */
    static final class InconsistentUnits extends MathError {
        InconsistentUnits(String message) {
            super(message);
        }
    }

    /** The dimension of the results seen so far (none when every result was a plain zero). */
    Dimension resultDimension() {
        return result != null ? result : Dimension.NONE;
    }

    Dimension variableDimension() {
        return variable;
    }

    int calls() {
        return calls;
    }
}
