package org.primebatch.mcdx.math;

import java.util.List;

/**
 * A function defined in the worksheet ({@code f(x, y) := body}) or a lambda, closed over the frame where it was
 * defined. Its parameters take the first slots of each call's frame.
 */
record UserFunction(String name, int arity, Node body, FrameLayout layout, Frame closure)
        implements FunctionValue {
    @Override
    public Value call(List<Value> arguments) {
        if (arguments.size() != arity) {
            throw new MathError(name + " takes " + arity + " argument(s), not " + arguments.size());
        }
        Frame frame = new Frame(layout.size(), closure);
        for (int i = 0; i < arity; i++) {
            frame.set(i, arguments.get(i));
        }
        try {
            return body.eval(frame);
        } catch (StackOverflowError e) {
            throw new Unsupported("recursion in " + name + " is too deep");
        }
    }

    @Override
    public String toString() {
        return "function " + name + "/" + arity;
    }
}
