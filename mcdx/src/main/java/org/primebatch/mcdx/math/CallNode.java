package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.List;

/** A function call; under vectorize, array arguments are taken element by element. */
record CallNode(String name, Node function, List<Node> arguments, boolean vectorized) implements Node {
    @Override
    public Value eval(Frame frame) {
        Value f = function.eval(frame);
        if (!(f instanceof FunctionValue callee)) {
            throw new MathError(name + " is not a function, it is " + f.kind());
        }
        List<Value> values = new ArrayList<>(arguments.size());
        for (Node argument : arguments) {
            Value v = argument.eval(frame);
            if (v instanceof RangeValue) {
                throw new Unsupported("a range variable passed to " + name);
            }
            values.add(v);
        }
        return vectorized ? elementwise(callee, values) : callee.call(values);
    }

    private static Value elementwise(FunctionValue callee, List<Value> values) {
        Matrix shape = null;
        for (Value v : values) {
            if (v instanceof Matrix m) {
                if (shape != null && (shape.rows() != m.rows() || shape.cols() != m.cols())) {
                    throw new MathError(callee.name() + ": vectorized arguments differ in size");
                }
                shape = m;
            }
        }
        if (shape == null) {
            return callee.call(values);
        }
        Value[] out = new Value[shape.size()];
        for (int k = 0; k < out.length; k++) {
            List<Value> element = new ArrayList<>(values.size());
            for (Value v : values) {
                element.add(v instanceof Matrix m ? m.elements().get(k) : v);
            }
            out[k] = callee.call(element);
        }
        return Matrix.ofColumnMajor(shape.rows(), shape.cols(), out);
    }
}
