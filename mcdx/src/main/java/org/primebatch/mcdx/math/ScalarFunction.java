package org.primebatch.mcdx.math;

/** A worksheet expression or function of one number, as the solvers and calculus operators call it. */
@FunctionalInterface
interface ScalarFunction {
    Value at(Scalar x);
}
