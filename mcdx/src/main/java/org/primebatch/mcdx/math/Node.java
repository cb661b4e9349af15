package org.primebatch.mcdx.math;

/** A compiled expression: stateless, evaluated against the frame of its scope. */
@FunctionalInterface
public interface Node {
    Value eval(Frame frame);
}
