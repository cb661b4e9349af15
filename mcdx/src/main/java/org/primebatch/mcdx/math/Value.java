package org.primebatch.mcdx.math;

/** A value of worksheet math: a real or complex number with a dimension, a string, a matrix, a function or a range. */
public sealed interface Value permits Scalar, ComplexScalar, Text, Matrix, FunctionValue, RangeValue {
    /** What the value is, for error messages. */
    String kind();
}
