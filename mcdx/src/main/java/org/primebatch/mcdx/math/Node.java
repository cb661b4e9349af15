package org.primebatch.mcdx.math;

/** A compiled expression: stateless, evaluated against the frame of its scope. */
@FunctionalInterface
interface Node {
    Value eval(Frame frame);
}
