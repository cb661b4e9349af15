package org.primebatch.mcdx.math;

/**
 * Reads a variable from the frame {@code depth} levels up. A program local not yet assigned reads the outer variable
 * of the same name ({@code fallback}); a worksheet definition that failed in this run passes its failure on.
 */
record SlotRead(String name, int depth, int slot, Node fallback) implements Node {
    @Override
    public Value eval(Frame frame) {
        Frame owner = frame.up(depth);
        Value value = owner.get(slot);
        if (value != null) {
            return value;
        }
        if (fallback != null) {
            return fallback.eval(frame);
        }
        RuntimeException failure = owner.failure(slot);
        if (failure instanceof MathError) {
            throw new MathError(name + " has no value: " + failure.getMessage());
        }
        if (failure != null) {
            throw new Unsupported("uses " + name + ", which was refused: " + failure.getMessage());
        }
        throw new MathError(name + " is not defined");
    }
}
