package org.primebatch.mcdx.math;

/** A string. */
public record Text(String text) implements Value {
    @Override
    public String kind() {
        return "a string";
    }

    @Override
    public String toString() {
        return '"' + text + '"';
    }
}
