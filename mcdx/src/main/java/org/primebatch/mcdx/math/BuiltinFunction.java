package org.primebatch.mcdx.math;

import java.util.List;

/** A function Mathcad provides, taking between {@code minArguments} and {@code maxArguments} arguments. */
record BuiltinFunction(String name, int minArguments, int maxArguments, Implementation implementation)
        implements FunctionValue {
    @FunctionalInterface
    public interface Implementation {
        Value apply(List<Value> arguments);
    }

    @Override
    public Value call(List<Value> arguments) {
        if (arguments.size() < minArguments || arguments.size() > maxArguments) {
            throw new MathError(name + ": wrong number of arguments (" + arguments.size() + ")");
        }
        return implementation.apply(arguments);
    }

    @Override
    public String toString() {
        return "built-in " + name;
    }
}
