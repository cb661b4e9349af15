package org.primebatch.mcdx.math;

import java.util.List;

/** Something that can be called: a user function, a lambda or a built-in. */
public sealed interface FunctionValue extends Value permits UserFunction, BuiltinFunction {
    String name();

    Value call(List<Value> arguments);

    @Override
    default String kind() {
        return "a function";
    }
}
