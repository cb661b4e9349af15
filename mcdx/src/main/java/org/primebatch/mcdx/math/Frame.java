package org.primebatch.mcdx.math;

/**
 * The variables of one evaluation scope at run time: the worksheet's definitions, one region, or one call of a
 * function. Created per run or per call, never shared between threads.
 */
final class Frame {
    private final Value[] slots;
    private final RuntimeException[] failures;
    final Frame parent;

    Frame(int size, Frame parent) {
        this.slots = new Value[size];
        this.failures = new RuntimeException[size];
        this.parent = parent;
    }

    Value get(int slot) {
        return slots[slot];
    }

    void set(int slot, Value value) {
        slots[slot] = value;
    }

    /** Why the definition held in this slot has no value in this run. */
    RuntimeException failure(int slot) {
        return failures[slot];
    }

    void fail(int slot, RuntimeException failure) {
        failures[slot] = failure;
    }

    Frame up(int depth) {
        Frame f = this;
        for (int i = 0; i < depth; i++) {
            f = f.parent;
        }
        return f;
    }
}
